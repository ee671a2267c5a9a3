package io.bitewing.eligibility;

import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
public class EligibilityService {

    static final String ENTITY = "eligibility_record";

    /** The X12 insurance type codes (EB04 / SBR09 family) the Payor shape allows for plan_type. */
    static final Set<String> PLAN_TYPES = Set.of(
            "01", "02", "03", "12", "13", "14", "15", "16", "17", "18", "19", "41", "42", "43", "47", "48", "49", "AP",
            "C1", "CO", "CP", "D", "DB", "EP", "FF", "GP", "HB", "HD", "HG", "HM", "HN", "HP", "HS", "IN", "IP", "LC",
            "LD", "LI", "LT", "M", "MA", "MB", "MC", "MD", "ME", "MH", "MI", "MJ", "MK", "ML", "MM", "MN", "MO", "MP",
            "MR", "MT", "OA", "OT", "PE", "PL", "PP", "PR", "PS", "QM", "RP", "SA", "SP", "TF", "WC", "WU");

    private final EligibilityRepository records;
    private final PatientPlanService patientPlans;
    private final AuditLog audit;
    private final JsonMapper json;

    EligibilityService(
            EligibilityRepository records, PatientPlanService patientPlans, AuditLog audit, JsonMapper json) {
        this.records = records;
        this.patientPlans = patientPlans;
        this.audit = audit;
        this.json = json;
    }

    /** The patient plan's record; 404 for an unknown patient plan or one with no answer yet. */
    public Eligibility get(Tenant tenant, UUID patientPlanId) {
        patientPlans.get(tenant, patientPlanId);
        return records.findByPatientPlan(tenant.orgId(), patientPlanId)
                .orElseThrow(() -> new ApiException.NotFound("Eligibility record"));
    }

    /** A record by its own id (the Payor dialect's payor id); 404 otherwise. */
    public Eligibility getById(Tenant tenant, UUID id) {
        return records.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Payor"));
    }

    /** The records of these patient plans, for the estimator: one query whatever their number. */
    public Map<UUID, Eligibility> forPatientPlans(Tenant tenant, List<UUID> patientPlanIds) {
        var byPlan = new java.util.HashMap<UUID, Eligibility>();
        records.findForPatientPlans(tenant.orgId(), patientPlanIds).forEach(e -> byPlan.put(e.patientPlanUuid(), e));
        return byPlan;
    }

    /**
     * Records a fresh answer for the patient plan, replacing the last whole and keeping it in the history. The first
     * answer creates the record; later ones name the version they replace (409 when stale, 422 when left out).
     * Stamps the patient plan's eligibility as verified at the check date (now when none is reported).
     */
    @Transactional
    public Eligibility record(Tenant tenant, UUID patientPlanId, EligibilityAnswer answer) {
        PatientPlan patientPlan = patientPlans.get(tenant, patientPlanId);
        if (patientPlan.deletedAt() != null) {
            throw new ApiException.NotFound("Patient plan");
        }
        requireKnownPlanType(answer);
        Optional<Eligibility> current = records.findByPatientPlan(tenant.orgId(), patientPlanId);
        UUID id;
        int version;
        if (current.isEmpty()) {
            if (answer.baseVersion() != null && answer.baseVersion() != 0) {
                throw ApiException.Conflict.staleVersion(0);
            }
            id = Ids.newId();
            version = 1;
            records.insert(tenant.orgId(), id, patientPlanId, answer);
            audit.record(tenant, ENTITY, id, "create", Set.of("eligibility_check_status"));
        } else {
            if (answer.baseVersion() == null) {
                throw ApiException.Invalid.body(
                        "base_version",
                        "required: this patient plan has an eligibility record (version "
                                + current.get().version() + ")");
            }
            id = current.get().id();
            if (!records.replace(tenant.orgId(), id, answer.baseVersion(), answer)) {
                throw ApiException.Conflict.staleVersion(current.get().version());
            }
            version = answer.baseVersion() + 1;
            audit.record(tenant, ENTITY, id, "update", Set.of("eligibility_check_status"));
        }
        records.keep(tenant.orgId(), id, version, asSent(answer), tenant.actorTokenId());
        Instant checked = answer.eligibilityCheckDate() != null ? answer.eligibilityCheckDate() : Instant.now();
        patientPlans.stampEligibilityVerified(tenant, Map.of(patientPlanId, checked));
        return records.find(tenant.orgId(), id).orElseThrow();
    }

    /** Earlier answers first by version, newest first. */
    Page<Answered> history(Tenant tenant, UUID patientPlanId, PageRequest page) {
        Eligibility record = get(tenant, patientPlanId);
        var items = records.history(tenant.orgId(), record.id(), page.pageSize(), page.offset()).stream()
                .map(k -> new Answered(k.version(), k.answeredAt(), k.answer()))
                .toList();
        return new Page<>(items, page.page(), page.pageSize(), record.version());
    }

    /** One answer in the history: the record's version it produced, when, and the answer as sent. */
    record Answered(int version, Instant answeredAt, Map<String, Object> answer) {}

    private Map<String, Object> asSent(EligibilityAnswer answer) {
        Map<String, Object> map = json.convertValue(answer, new TypeReference<Map<String, Object>>() {});
        map.remove("base_version");
        return map;
    }

    private static void requireKnownPlanType(EligibilityAnswer answer) {
        if (answer.planType() != null && !PLAN_TYPES.contains(answer.planType())) {
            throw ApiException.Invalid.body(
                    "plan_type",
                    "must be an X12 insurance type code (01, 12, HM, PR, …); '" + answer.planType() + "' is not one");
        }
    }
}
