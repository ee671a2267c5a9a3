package io.bitewing.draft;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.draft.Draft.ReviewStatus;
import io.bitewing.draft.DraftCandidates.CarrierCandidate;
import io.bitewing.draft.DraftRowReader.Reading;
import io.bitewing.plan.Plan;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Insurance drafts: rows imported from outside, read and auto-matched on import, reviewed (match, rematch, reject)
 * and converted into coverage by {@link DraftConversion}. A converted draft is final.
 */
@Service
@Transactional(readOnly = true)
public class DraftService {

    static final String ENTITY = "insurance_draft";

    /** A new plan's type from the row's X12 plan type code: the codes that name a dental plan shape we know. */
    private static final Map<String, PlanType> PLAN_TYPES_BY_X12 =
            Map.of("PR", PlanType.ppo_percentage, "HM", PlanType.capitation, "MC", PlanType.medicaid_flat_copay);

    private final DraftRepository drafts;
    private final DraftMatchRepository matcher;
    private final DraftCandidateRepository candidates;
    private final PatientService patients;
    private final CarrierService carriers;
    private final PlanService plans;
    private final AuditLog audit;

    DraftService(
            DraftRepository drafts,
            DraftMatchRepository matcher,
            DraftCandidateRepository candidates,
            PatientService patients,
            CarrierService carriers,
            PlanService plans,
            AuditLog audit) {
        this.drafts = drafts;
        this.matcher = matcher;
        this.candidates = candidates;
        this.patients = patients;
        this.carriers = carriers;
        this.plans = plans;
        this.audit = audit;
    }

    Page<Draft> list(Tenant tenant, UUID patientId, ReviewStatus status, PageRequest page) {
        return drafts.list(tenant.orgId(), patientId, status, page);
    }

    /**
     * The draft and its candidates for review: carriers by electronic id and matching name; plans of the matched
     * carrier (else of the three best carrier candidates) and of any carrier with the group number; patients who
     * may be the subscriber. A row in error has none.
     */
    DraftCandidates.Review get(Tenant tenant, UUID id) {
        Draft draft = find(tenant, id);
        DraftRow row = draft.parsed();
        if (row == null) {
            return new DraftCandidates.Review(draft, new DraftCandidates(List.of(), List.of(), List.of()));
        }
        List<CarrierCandidate> carrierCandidates = candidates.carriers(tenant.orgId(), row);
        List<UUID> carrierIds = draft.matchedCarrier() != null
                ? List.of(draft.matchedCarrier().id())
                : carrierCandidates.stream().limit(3).map(CarrierCandidate::id).toList();
        UUID preferred = carrierIds.isEmpty() ? null : carrierIds.get(0);
        return new DraftCandidates.Review(
                draft,
                new DraftCandidates(
                        carrierCandidates,
                        candidates.plans(tenant.orgId(), row, carrierIds, preferred),
                        candidates.patients(tenant.orgId(), draft.patientId(), row)));
    }

    /**
     * Imports rows for a live patient (404 otherwise): each row becomes a draft keeping the raw row, read and
     * auto-matched in one statement for all rows. An unreadable row becomes a draft in error saying why; a row that
     * cannot even be stored (NUL characters, numbers beyond range) is a 422 for the whole import.
     */
    @Transactional
    public DraftsImported importRows(Tenant tenant, DraftRequests.Import body) {
        requireStorable(body.rows());
        Patient patient = patients.find(tenant, body.patientUuid())
                .filter(p -> p.deletedAt() == null)
                .orElseThrow(() -> new ApiException.NotFound("Patient"));
        List<Reading> readings = body.rows().stream().map(DraftRowReader::read).toList();
        List<DraftMatch> matches = matchAll(tenant, patient.id(), readings);
        var news = new ArrayList<DraftRepository.NewDraft>();
        for (int i = 0; i < readings.size(); i++) {
            JsonNode raw = body.rows().get(i);
            news.add(new DraftRepository.NewDraft(
                    Ids.newId(), raw == null ? "null" : raw.toString(), readings.get(i), matches.get(i)));
        }
        drafts.insertAll(tenant.orgId(), patient.id(), strip(body.sourceSystem()), news);
        List<UUID> ids = news.stream().map(DraftRepository.NewDraft::id).toList();
        audit.recordAll(tenant, ENTITY, ids, "import", Set.of("raw_data_json"));
        return DraftsImported.of(drafts.findAll(tenant.orgId(), ids));
    }

    /**
     * A reviewer's match: the fields given replace the current choice, those left out keep it. A plan brings its
     * carrier; a new carrier drops a plan of another carrier; create_plan chooses a plan created from the draft at
     * conversion. 404 for unknown or archived ids, 409 once converted, 422 for a row in error or a choice that
     * contradicts itself or the row's relationship. A rejected draft is reopened.
     */
    @Transactional
    public Draft match(Tenant tenant, UUID id, DraftRequests.Match body) {
        Draft draft = locked(tenant, id);
        requireOpen(draft);
        DraftMatchChoice.requireConsistent(body);
        DraftMatch match = new DraftMatchChoice(draft, body)
                .resolve(
                        carrierId -> liveCarrier(tenant, carrierId),
                        planId -> livePlan(tenant, planId),
                        patientId -> livePatient(tenant, patientId),
                        newPlanType(draft, body));
        drafts.match(tenant.orgId(), id, match, tenant.actorTokenId());
        audit.record(
                tenant,
                ENTITY,
                id,
                "match",
                Set.of("matched_carrier", "matched_plan", "subscriber_patient", "create_plan", "review_status"));
        return find(tenant, id);
    }

    /**
     * Reads the raw row again and re-runs auto-matching, forgetting a reviewer's match, a rejection and a
     * conversion error. 409 once converted.
     */
    @Transactional
    Draft rematch(Tenant tenant, UUID id) {
        Draft draft = locked(tenant, id);
        requireNotConverted(draft);
        Reading reading = DraftRowReader.read(draft.rawDataJson());
        DraftMatch match = matchAll(tenant, draft.patientId(), List.of(reading)).get(0);
        drafts.rematch(tenant.orgId(), id, reading, match);
        audit.record(
                tenant,
                ENTITY,
                id,
                "rematch",
                Set.of("matched_carrier", "matched_plan", "subscriber_patient", "review_status"));
        return find(tenant, id);
    }

    /** Rejects the draft with a reason; rejecting again replaces the reason. 409 once converted. */
    @Transactional
    public Draft reject(Tenant tenant, UUID id, DraftRequests.Reject body) {
        Draft draft = locked(tenant, id);
        requireNotConverted(draft);
        drafts.reject(tenant.orgId(), id, body.reason().strip(), tenant.actorTokenId());
        audit.record(tenant, ENTITY, id, "reject", Set.of("review_status", "reject_reason"));
        return find(tenant, id);
    }

    Draft find(Tenant tenant, UUID id) {
        return drafts.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Draft"));
    }

    private Draft locked(Tenant tenant, UUID id) {
        return drafts.findForUpdate(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Draft"));
    }

    /** The match of every readable row, in one query; an unreadable row matches nothing. */
    private List<DraftMatch> matchAll(Tenant tenant, UUID patientId, List<Reading> readings) {
        var inputs = readings.stream()
                .filter(r -> r.row() != null)
                .map(r -> new DraftMatchRepository.Input(patientId, r.row()))
                .toList();
        var found = matcher.match(tenant.orgId(), inputs).iterator();
        return readings.stream()
                .map(r -> r.row() == null ? DraftMatch.NONE : found.next())
                .toList();
    }

    static void requireNotConverted(Draft draft) {
        if (draft.reviewStatus() == ReviewStatus.converted) {
            throw new ApiException.Conflict("The draft has been converted; it can no longer change");
        }
    }

    private static void requireOpen(Draft draft) {
        requireNotConverted(draft);
        if (draft.reviewStatus() == ReviewStatus.error) {
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("path", "draft_uuid"),
                    "the row could not be read (" + draft.errorReason() + "); nothing to match",
                    "value_error")));
        }
    }

    private static PlanType newPlanType(Draft draft, DraftRequests.Match body) {
        if (body.planType() != null) {
            return body.planType();
        }
        String code = draft.parsed().planTypeCode();
        return code == null
                ? PlanType.category_percentage
                : PLAN_TYPES_BY_X12.getOrDefault(code.toUpperCase(), PlanType.category_percentage);
    }

    private Ref liveCarrier(Tenant tenant, UUID id) {
        Carrier carrier = carriers.get(tenant, id);
        if (carrier.deletedAt() != null) {
            throw new ApiException.NotFound("Carrier");
        }
        return new Ref(carrier.id(), carrier.carrierName());
    }

    private Plan livePlan(Tenant tenant, UUID id) {
        Plan plan = plans.get(tenant, id);
        if (plan.deletedAt() != null) {
            throw new ApiException.NotFound("Plan");
        }
        return plan;
    }

    private UUID livePatient(Tenant tenant, UUID id) {
        return patients.find(tenant, id)
                .filter(p -> p.deletedAt() == null)
                .orElseThrow(() -> new ApiException.NotFound("Patient"))
                .id();
    }

    private static void requireStorable(List<JsonNode> rows) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < rows.size(); i++) {
            // A row that is not an object is a broken envelope, not an unreadable row: nothing is imported.
            String problem = rows.get(i) == null || !rows.get(i).isObject()
                    ? "is not a JSON object"
                    : DraftRowReader.unstorable(rows.get(i));
            if (problem != null) {
                problems.add(FieldProblem.at(List.of("body", "rows", i), "the row " + problem, "value_error"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
