package io.bitewing.plan;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Patch;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plan-level downgrade links, which replace a procedure code's own substitution rule for that plan. */
@Service
@Transactional(readOnly = true)
public class PlanSubstitutionService {

    private static final String ENTITY = "plan_substitution";

    private final PlanService plans;
    private final PlanSubstitutionRepository substitutions;
    private final ProcedureCodeService codes;
    private final AuditLog audit;

    PlanSubstitutionService(
            PlanService plans, PlanSubstitutionRepository substitutions, ProcedureCodeService codes, AuditLog audit) {
        this.plans = plans;
        this.substitutions = substitutions;
        this.codes = codes;
        this.audit = audit;
    }

    /** The plan's live links, by code; 404 for an unknown plan. */
    public List<PlanSubstitution> list(Tenant tenant, UUID planId) {
        plans.get(tenant, planId);
        return substitutions.findLive(tenant.orgId(), planId);
    }

    @Transactional
    PlanSubstitution create(Tenant tenant, UUID planId, PlanSubstitutionRequests.Create body) {
        plans.get(tenant, planId);
        String code = knownCode(tenant, "code", body.code());
        String substitute = knownCode(tenant, "substitute_code", body.substituteCode());
        if (code.equals(substitute)) {
            throw ApiException.Invalid.body("substitute_code", "must differ from code");
        }
        if (substitutions.liveCodeTaken(tenant.orgId(), planId, code)) {
            throw new ApiException.Conflict("The plan already has a substitution for " + code);
        }
        var condition = body.condition() == null ? SubstitutionCondition.always : body.condition();
        var created = substitutions.insert(tenant.orgId(), Ids.newId(), planId, code, substitute, condition);
        audit.record(tenant, ENTITY, created.id(), "create", Set.of("code", "substitute_code", "condition"));
        return created;
    }

    @Transactional
    PlanSubstitution update(Tenant tenant, UUID planId, UUID id, PlanSubstitutionRequests.Update body, Patch patch) {
        var current = substitutions
                .find(tenant.orgId(), planId, id)
                .filter(s -> s.deletedAt() == null)
                .orElseThrow(() -> new ApiException.NotFound("Substitution"));
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        String requested =
                body.substituteCode() == null ? null : knownCode(tenant, "substitute_code", body.substituteCode());
        String substitute = patch.applyRequired("substitute_code", requested, current.substituteCode());
        if (substitute.equals(current.code())) {
            throw ApiException.Invalid.body("substitute_code", "must differ from code");
        }
        var condition = patch.applyRequired("condition", body.condition(), current.condition());
        var updated = substitutions
                .update(tenant.orgId(), id, substitute, condition, body.baseVersion())
                .orElseThrow(() -> ApiException.Conflict.staleVersion(current.version() + 1));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return updated;
    }

    @Transactional
    void delete(Tenant tenant, UUID planId, UUID id) {
        substitutions
                .find(tenant.orgId(), planId, id)
                .filter(s -> s.deletedAt() == null)
                .orElseThrow(() -> new ApiException.NotFound("Substitution"));
        substitutions.delete(tenant.orgId(), id);
        audit.record(tenant, ENTITY, id, "delete", Set.of("deleted_at"));
    }

    /** Upper-cased code that exists live in the organisation; 422 naming the field with the value otherwise. */
    private String knownCode(Tenant tenant, String field, String value) {
        String code = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (codes.findByCode(tenant, code).isEmpty()) {
            throw ApiException.Invalid.body(field, "unknown procedure code '" + code + "'");
        }
        return code;
    }
}
