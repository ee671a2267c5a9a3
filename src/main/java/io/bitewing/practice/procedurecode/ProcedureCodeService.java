package io.bitewing.practice.procedurecode;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The procedure codes the practice bills, looked up by code when fees and estimates are worked out. */
@Service
@Transactional(readOnly = true)
public class ProcedureCodeService {

    /** The list filters the reference offers. */
    public record Filter(String search, String category, boolean includeHidden) {}

    record Imported(
            @Schema(description = "Codes that did not exist and were created.")
            int created,

            @Schema(description = "Live codes whose description, category or treat_area changed.")
            int updated,

            @Schema(description = "Valid rows identical to the live code; nothing written.")
            int unchanged,

            @Schema(description = "Rows skipped, each with its number and the field at fault.")
            List<ProcedureCodeImport.RowError> errors) {}

    private static final String ENTITY = "procedure_code";
    private static final Pattern CODE = Pattern.compile(ProcedureCodeRequests.CODE);

    private final ProcedureCodeRepository codes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProcedureCodeService(ProcedureCodeRepository codes, AuditLog audit, ApplicationEventPublisher events) {
        this.codes = codes;
        this.audit = audit;
        this.events = events;
    }

    /** A procedure code by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public ProcedureCode get(Tenant tenant, UUID id) {
        return codes.find(tenant.orgId(), id).orElseThrow(ProcedureCodeService::notFound);
    }

    /** The live procedure code with this code (any case); empty when there is none. Hidden codes are found. */
    public Optional<ProcedureCode> findByCode(Tenant tenant, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return codes.findLiveByCodes(tenant.orgId(), List.of(ProcedureCodeRequests.normalise(code))).stream()
                .findFirst();
    }

    /** A code as stored: upper-case, so "d0120" finds D0120. */
    public static String normalise(String code) {
        return ProcedureCodeRequests.normalise(code);
    }

    /** Live procedure codes for many codes in one query, keyed by their upper-case code; unknown codes are absent. */
    public Map<String, ProcedureCode> findByCodes(Tenant tenant, Collection<String> codeValues) {
        var wanted = codeValues.stream()
                .filter(Objects::nonNull)
                .map(ProcedureCodeRequests::normalise)
                .distinct()
                .toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return codes.findLiveByCodes(tenant.orgId(), wanted).stream()
                .collect(Collectors.toMap(ProcedureCode::code, Function.identity()));
    }

    /** Procedure codes among {@code ids}, archived ones included, keyed by id; unknown ids are absent. */
    public Map<UUID, ProcedureCode> findByIds(Tenant tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return codes.findAll(tenant.orgId(), ids).stream()
                .collect(Collectors.toMap(ProcedureCode::id, Function.identity()));
    }

    ProcedureCode getByCode(Tenant tenant, String code) {
        if (!CODE.matcher(code).matches()) {
            throw new ApiException.Invalid(List.of(
                    FieldProblem.at(List.of("path", "code"), ProcedureCodeRequests.CODE_MESSAGE, "value_error")));
        }
        return findByCode(tenant, code).orElseThrow(ProcedureCodeService::notFound);
    }

    Page<ProcedureCode> list(Tenant tenant, Filter filter, Sort sort, PageRequest page) {
        return codes.findAll(tenant.orgId(), filter, sort, page);
    }

    /** A page of live codes, hidden ones included, in number order (od_num), as the Open Dental dialect lists them. */
    public Page<ProcedureCode> listByNumber(Tenant tenant, PageRequest page) {
        return codes.findAll(tenant.orgId(), new Filter(null, null, true), new Sort("od_num", false), page);
    }

    /** Creates a code; 409 when a live code already has it. */
    @Transactional
    public ProcedureCode create(Tenant tenant, ProcedureCodeRequests.Create body) {
        UUID id = Ids.newId();
        String code = ProcedureCodeRequests.normalise(body.code());
        requireFreeCode(tenant, code, id);
        var procedureCode = new ProcedureCode(
                id,
                code,
                body.description().strip(),
                body.category(),
                body.treatArea() == null ? TreatArea.none : body.treatArea(),
                ProcedureCodeRequests.normalise(body.substitutionCode()),
                body.substitutionCondition() == null ? SubstitutionCondition.never : body.substitutionCondition(),
                Boolean.TRUE.equals(body.isHidden()),
                1,
                null,
                null,
                null,
                null);
        ProcedureCode created = codes.insert(tenant.orgId(), procedureCode);
        audit.record(tenant, ENTITY, id, "create", List.of("code", "description"));
        events.publishEvent(new ProcedureCodesAdded(tenant, List.of(created.code())));
        return created;
    }

    @Transactional
    ProcedureCode update(Tenant tenant, UUID id, ProcedureCodeRequests.Update body, Patch patch) {
        ProcedureCode current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new ProcedureCode(
                id,
                patch.applyRequired("code", ProcedureCodeRequests.normalise(body.code()), current.code()),
                patch.applyRequired(
                        "description",
                        body.description() == null ? null : body.description().strip(),
                        current.description()),
                patch.apply("category", body.category(), current.category()),
                patch.applyRequired("treat_area", body.treatArea(), current.treatArea()),
                patch.apply(
                        "substitution_code",
                        ProcedureCodeRequests.normalise(body.substitutionCode()),
                        current.substitutionCode()),
                patch.applyRequired(
                        "substitution_condition", body.substitutionCondition(), current.substitutionCondition()),
                patch.applyRequired("is_hidden", body.isHidden(), current.isHidden()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        if (patch.changed().contains("code") && current.deletedAt() == null) {
            requireFreeCode(tenant, next.code(), id);
        }
        ProcedureCode updated = codes.update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return updated;
    }

    /** Soft-deletes the code, freeing it for a new row; archiving an archived code changes nothing. */
    @Transactional
    ProcedureCode archive(Tenant tenant, UUID id) {
        var archived = codes.archive(tenant.orgId(), id);
        if (archived.isEmpty()) {
            return get(tenant, id); // unknown (404) or already archived
        }
        audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        return archived.get();
    }

    /** Upserts the valid rows of a JSON array by code in one transaction, reporting the invalid ones. */
    @Transactional
    Imported importJson(Tenant tenant, JsonNode rows) {
        return apply(tenant, ProcedureCodeImport.fromJson(rows));
    }

    /** Upserts the valid rows of a CSV document by code in one transaction, reporting the invalid ones. */
    @Transactional
    Imported importCsv(Tenant tenant, byte[] csv) {
        return apply(tenant, ProcedureCodeImport.fromCsv(csv));
    }

    /**
     * One audit entry per code written, so the change feed names each (a mirror learns which codes to read); two
     * statements whatever the size of the import.
     */
    private Imported apply(Tenant tenant, ProcedureCodeImport.Checked checked) {
        var upserted = codes.upsert(tenant.orgId(), checked.rows());
        audit.recordAll(tenant, ENTITY, upserted.createdIds(), "create", ProcedureCodeImport.COLUMNS);
        audit.recordAll(tenant, ENTITY, upserted.updatedIds(), "update", ProcedureCodeImport.COLUMNS);
        if (!upserted.createdCodes().isEmpty()) {
            events.publishEvent(new ProcedureCodesAdded(tenant, upserted.createdCodes()));
        }
        int unchanged = checked.rows().size() - upserted.created() - upserted.updated();
        return new Imported(upserted.created(), upserted.updated(), unchanged, checked.errors());
    }

    private void requireFreeCode(Tenant tenant, String code, UUID id) {
        if (codes.liveCodeTaken(tenant.orgId(), code, id)) {
            throw new ApiException.Conflict("A procedure code '" + code + "' already exists");
        }
    }

    private static ApiException.NotFound notFound() {
        return new ApiException.NotFound("Procedure code");
    }
}
