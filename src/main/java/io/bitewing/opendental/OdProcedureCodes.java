package io.bitewing.opendental;

import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.auth.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open Dental's ProcedureCodes API over the practice's procedure codes, read-only. */
@Service
@Transactional(readOnly = true)
class OdProcedureCodes {

    /** Native substitution conditions by Open Dental's SubstOnlyIf names; the two sets match one to one. */
    static final Map<String, SubstitutionCondition> SUBST_ONLY_IF = OdVocabulary.ordered(
            "Always", SubstitutionCondition.always,
            "Molar", SubstitutionCondition.molar,
            "SecondMolar", SubstitutionCondition.second_molar,
            "Never", SubstitutionCondition.never,
            "Posterior", SubstitutionCondition.posterior);

    private final ProcedureCodeService codes;
    private final OdNumberRepository numbers;

    OdProcedureCodes(ProcedureCodeService codes, OdNumberRepository numbers) {
        this.codes = codes;
        this.numbers = numbers;
    }

    /** A live code; an archived one is gone here, as Open Dental deletes none. */
    OdProcedureCode get(Tenant tenant, long codeNum) {
        UUID id = numbers.idOf(tenant.orgId(), Numbered.PROCEDURE_CODE, codeNum)
                .orElseThrow(() -> OdException.notFound("ProcedureCode not found."));
        ProcedureCode code = codes.get(tenant, id);
        if (code.deletedAt() != null) {
            throw OdException.notFound("ProcedureCode not found.");
        }
        return show(code);
    }

    /** Live codes in CodeNum order. */
    List<OdProcedureCode> list(Tenant tenant, int offset, int limit) {
        return OdController.window(
                        offset, limit, page -> codes.listByNumber(tenant, page).items())
                .stream()
                .map(OdProcedureCodes::show)
                .toList();
    }

    private static OdProcedureCode show(ProcedureCode c) {
        return new OdProcedureCode(
                OdJson.num(c.odNum()),
                c.code(),
                c.description(),
                "",
                "/X/",
                0,
                OdJson.text(c.category()),
                OdVocabulary.nameOf(OdVocabulary.TREAT_AREAS, c.treatArea()),
                "false",
                "false",
                "",
                "false",
                "",
                "",
                "false",
                "None",
                "",
                "false",
                0,
                OdJson.text(c.substitutionCode()),
                OdVocabulary.nameOf(SUBST_ONLY_IF, c.substitutionCondition()),
                OdJson.dateTime(c.updatedAt()));
    }
}
