package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.shared.money.Money;
import io.bitewing.shared.web.Ref;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The writable fields of one benefit, as a create, a patch or a bulk row asks for them: what {@link BenefitRules}
 * checks and the repository writes. Targets are ids; {@code null} fields are absent.
 */
record BenefitDraft(
        BenefitType benefitType,
        UUID coverageCategoryId,
        UUID codeGroupId,
        UUID procedureCodeId,
        CoverageLevel coverageLevel,
        Integer percent,
        BigDecimal monetaryAmt,
        TimePeriod timePeriod,
        QuantityQualifier quantityQualifier,
        Integer quantity,
        TreatArea treatArea,
        Integer ageMin,
        Integer ageMax,
        Integer waitingPeriodMonths,
        boolean isDeductibleExempt,
        UUID substitutionCodeId) {

    static BenefitDraft of(BenefitRequests.Create body) {
        return of(body, body.procedureCodeUuid());
    }

    /** The draft of a body whose procedure code, named by UUID or by code, is {@code procedureCodeId}. */
    static BenefitDraft of(BenefitRequests.Create body, UUID procedureCodeId) {
        return new BenefitDraft(
                body.benefitType(),
                body.coverageCategoryUuid(),
                body.codeGroupUuid(),
                procedureCodeId,
                body.coverageLevel(),
                body.percent(),
                Money.of(body.monetaryAmt()),
                body.timePeriod(),
                body.quantityQualifier(),
                body.quantity(),
                body.treatArea(),
                body.ageMin(),
                body.ageMax(),
                body.waitingPeriodMonths(),
                Boolean.TRUE.equals(body.isDeductibleExempt()),
                body.substitutionCodeUuid());
    }

    /** The draft of a stored benefit, e.g. to copy it to another plan. */
    static BenefitDraft of(Benefit b) {
        return new BenefitDraft(
                b.benefitType(),
                idOf(b.coverageCategory()),
                idOf(b.codeGroup()),
                b.procedureCode() == null ? null : b.procedureCode().id(),
                b.coverageLevel(),
                b.percent(),
                b.monetaryAmt(),
                b.timePeriod(),
                b.quantityQualifier(),
                b.quantity(),
                b.treatArea(),
                b.ageMin(),
                b.ageMax(),
                b.waitingPeriodMonths(),
                b.isDeductibleExempt(),
                b.substitutionCode() == null ? null : b.substitutionCode().id());
    }

    BenefitDraft withTimePeriod(TimePeriod period) {
        return new BenefitDraft(
                benefitType,
                coverageCategoryId,
                codeGroupId,
                procedureCodeId,
                coverageLevel,
                percent,
                monetaryAmt,
                period,
                quantityQualifier,
                quantity,
                treatArea,
                ageMin,
                ageMax,
                waitingPeriodMonths,
                isDeductibleExempt,
                substitutionCodeId);
    }

    BenefitDraft withCoverageLevel(CoverageLevel level) {
        return new BenefitDraft(
                benefitType,
                coverageCategoryId,
                codeGroupId,
                procedureCodeId,
                level,
                percent,
                monetaryAmt,
                timePeriod,
                quantityQualifier,
                quantity,
                treatArea,
                ageMin,
                ageMax,
                waitingPeriodMonths,
                isDeductibleExempt,
                substitutionCodeId);
    }

    BenefitDraft withQuantityQualifier(QuantityQualifier qualifier) {
        return new BenefitDraft(
                benefitType,
                coverageCategoryId,
                codeGroupId,
                procedureCodeId,
                coverageLevel,
                percent,
                monetaryAmt,
                timePeriod,
                qualifier,
                quantity,
                treatArea,
                ageMin,
                ageMax,
                waitingPeriodMonths,
                isDeductibleExempt,
                substitutionCodeId);
    }

    private static UUID idOf(Ref ref) {
        return ref == null ? null : ref.id();
    }
}
