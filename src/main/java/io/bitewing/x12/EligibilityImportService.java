package io.bitewing.x12;

import io.bitewing.benefit.BenefitService;
import io.bitewing.carrier.CarrierService;
import io.bitewing.eligibility.EligibilityAnswer;
import io.bitewing.eligibility.EligibilityService;
import io.bitewing.history.ClaimHistory;
import io.bitewing.history.ClaimHistoryRequests;
import io.bitewing.history.ClaimHistoryService;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.verification.Verification;
import io.bitewing.verification.VerificationRequests;
import io.bitewing.verification.VerificationService;
import io.bitewing.x12.BenefitReading.Network;
import io.bitewing.x12.Eligibility271.Coverage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 271 imported for one patient plan: the verification it amounts to, the eligibility record's facts, the payer's
 * last-visit dates as outside-office history, and a benefit change set for review. The plan's benefits are not touched
 * here; {@link ChangeSetService#apply} does that once a person has chosen the items.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityImportService {

    private final InterchangeRepository interchanges;
    private final ChangeSetRepository changeSets;
    private final MemberMatchRepository members;
    private final ChangeSetDiff diff;
    private final PatientPlanService patientPlans;
    private final BenefitService benefits;
    private final VerificationService verifications;
    private final EligibilityService eligibility;
    private final ClaimHistoryService history;
    private final JsonMapper json;
    private final ProcedureCodeService codes;
    private final TransactionTemplate tx;
    private final CarrierService carriers;

    EligibilityImportService(
            InterchangeRepository interchanges,
            ChangeSetRepository changeSets,
            MemberMatchRepository members,
            ChangeSetDiff diff,
            PatientPlanService patientPlans,
            BenefitService benefits,
            VerificationService verifications,
            EligibilityService eligibility,
            ClaimHistoryService history,
            JsonMapper json,
            ProcedureCodeService codes,
            TransactionTemplate tx,
            CarrierService carriers) {
        this.interchanges = interchanges;
        this.changeSets = changeSets;
        this.members = members;
        this.diff = diff;
        this.patientPlans = patientPlans;
        this.benefits = benefits;
        this.verifications = verifications;
        this.eligibility = eligibility;
        this.history = history;
        this.json = json;
        this.codes = codes;
        this.tx = tx;
        this.carriers = carriers;
    }

    /**
     * Reads the 271 (422 naming the segment for anything not a well-formed 271), finds the patient plan (given, or
     * by member id, name and birth date: 422 when none or several match) and records everything in one transaction.
     * Answers the change set.
     */
    // Reading and the diff run before the writing transaction: the diff asks the benefit module to check each
    // proposed rule, and a refused rule must not mark the import's own transaction for rollback.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ChangeSetService.Imported import271(Tenant tenant, byte[] body, UUID patientPlanId, Network network) {
        var interchange = X12Reader.read(body, "271");
        return importTransactionSet(tenant, body, interchange.segments(), patientPlanId, network);
    }

    /**
     * One transaction set (1, 2, …) of a 271 interchange, its patient plan found by member id, name and birth date:
     * a batch names no patient plan, and an interchange may answer for several patients.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    ChangeSetService.Imported import271(Tenant tenant, byte[] body, int transactionSet, Network network) {
        var interchange = X12Reader.read(body, "271");
        return importTransactionSet(
                tenant, body, X12Reader.transactionSet(interchange.segments(), transactionSet), null, network);
    }

    private ChangeSetService.Imported importTransactionSet(
            Tenant tenant, byte[] body, List<Segment> segments, UUID patientPlanId, Network network) {
        Eligibility271 response = Eligibility271.of(segments);
        PatientPlan patientPlan = patientPlanId != null ? live(tenant, patientPlanId) : match(tenant, response);
        UUID planId = patientPlan.subscription().insurancePlan().id();
        int baseVersion = benefits.setVersion(tenant, planId);
        BenefitReading.Result reading =
                BenefitReading.read(response, network, coinsuranceInverted(tenant, patientPlan));
        List<ChangeSetRepository.NewItem> items = diff.items(tenant, planId, reading.items());
        return tx.execute(status -> write(tenant, body, patientPlan, planId, baseVersion, response, reading, items));
    }

    private ChangeSetService.Imported write(
            Tenant tenant,
            byte[] body,
            PatientPlan patientPlan,
            UUID planId,
            int baseVersion,
            Eligibility271 response,
            BenefitReading.Result reading,
            List<ChangeSetRepository.NewItem> items) {
        UUID interchangeId = Ids.newId();
        interchanges.insert(tenant.orgId(), interchangeId, "271", new String(body, StandardCharsets.UTF_8), "{}");
        Verification verification = verify(tenant, patientPlan.id(), response, interchangeId);
        if (response.coverage() != Coverage.rejected) {
            recordEligibility(tenant, patientPlan.id(), response, reading);
        }
        int visits = recordVisits(tenant, patientPlan.id(), reading.lastVisits());
        UUID changeSetId = Ids.newId();
        changeSets.insert(
                tenant.orgId(),
                new ChangeSetRepository.Header(
                        changeSetId,
                        interchangeId,
                        patientPlan.id(),
                        planId,
                        verification.id(),
                        baseVersion,
                        "open",
                        reading.otherPayers(),
                        null,
                        null));
        changeSets.insertItems(tenant.orgId(), changeSetId, items);
        var summary = new LinkedHashMap<String, Object>();
        summary.put("change_set_uuid", changeSetId);
        summary.put("coverage", response.coverage().name());
        summary.put("outside_office_rows_added", visits);
        interchanges.updateSummary(tenant.orgId(), interchangeId, json.writeValueAsString(summary));
        return new ChangeSetService.Imported(
                response.coverage().name(), visits, ChangeSetService.assemble(changeSets, tenant, changeSetId));
    }

    /** The plan's carrier sends EB08 as the insurer's share (its coinsurance_inverted setting). */
    private boolean coinsuranceInverted(Tenant tenant, PatientPlan patientPlan) {
        var carrier = patientPlan.subscription().carrier();
        return carrier != null && carriers.get(tenant, carrier.id()).coinsuranceInverted();
    }

    private PatientPlan live(Tenant tenant, UUID id) {
        PatientPlan plan = patientPlans.get(tenant, id);
        if (plan.deletedAt() != null) {
            throw new ApiException.NotFound("Patient plan");
        }
        return plan;
    }

    private PatientPlan match(Tenant tenant, Eligibility271 response) {
        if (response.memberId() == null
                || response.lastName() == null
                || response.lastName().isBlank()) {
            throw ApiException.Invalid.query(
                    "patient_plan_uuid", "required: the 271 names no member id and last name (NM1*IL/NM1*03) to match");
        }
        List<UUID> found = members.find(
                tenant.orgId(), response.memberId(), response.lastName(), response.firstName(), response.birthDate());
        if (found.size() != 1) {
            String who = "member id " + response.memberId() + ", " + response.lastName() + ", " + response.firstName()
                    + (response.birthDate() == null ? "" : ", born " + response.birthDate());
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("query", "patient_plan_uuid"),
                    (found.isEmpty() ? "no patient plan matches " : "several patient plans match ") + who
                            + "; name the patient plan with patient_plan_uuid",
                    "value_error")));
        }
        return patientPlans.get(tenant, found.get(0));
    }

    private Verification verify(Tenant tenant, UUID patientPlanId, Eligibility271 response, UUID interchangeId) {
        Verification.Status status = switch (response.coverage()) {
            case active -> Verification.Status.verified;
            case inactive -> Verification.Status.failed;
            case rejected -> Verification.Status.unable_to_verify;
            case unknown -> Verification.Status.partial;
        };
        String notes = response.coverage() == Coverage.rejected
                ? "271 rejected the request (AAA reason " + response.rejectReason() + ")"
                : "271 from " + (response.payerName() == null ? "the payer" : response.payerName()) + ": coverage "
                        + response.coverage();
        Instant checked = response.checkedAt() != null && !response.checkedAt().isAfter(Instant.now())
                ? response.checkedAt()
                : null;
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("x12_interchange_uuid", interchangeId.toString());
        raw.put("transaction_set", "271");
        return verifications.record(
                tenant,
                new VerificationRequests.Entry(
                        patientPlanId,
                        null,
                        Verification.Type.eligibility,
                        Verification.Source.electronic,
                        status,
                        null,
                        null,
                        null,
                        null,
                        null,
                        notes,
                        checked,
                        raw));
    }

    /** The eligibility record's facts: coverage dates, deductibles (limit and remaining, by network), maximums. */
    private void recordEligibility(
            Tenant tenant, UUID patientPlanId, Eligibility271 response, BenefitReading.Result reading) {
        var answer = new HashMap<String, Object>();
        var current =
                eligibility.forPatientPlans(tenant, List.of(patientPlanId)).get(patientPlanId);
        if (current != null) {
            answer.put("base_version", current.version());
        }
        answer.put("insured_member_id", response.memberId());
        answer.put(
                "eligibility_check_status",
                switch (response.coverage()) {
                    case active -> "active";
                    case inactive -> "inactive";
                    default -> "pending";
                });
        answer.put("eligibility_check_comment", "X12 271");
        answer.put(
                "eligibility_check_date",
                response.checkedAt() == null || response.checkedAt().isAfter(Instant.now())
                        ? null
                        : response.checkedAt().toString());
        var from = response.eligibilityBegin() != null ? response.eligibilityBegin() : response.planBegin();
        var to = response.eligibilityEnd() != null ? response.eligibilityEnd() : response.planEnd();
        answer.put(
                "coverage_from",
                from == null
                        ? null
                        : from.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        answer.put(
                "coverage_to",
                to == null ? null : to.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        answer.put("plan_name", response.planName());
        var services = new java.util.ArrayList<Map<String, Object>>();
        for (var a : reading.accumulators()) {
            deductibleField(a).ifPresent(field -> answer.putIfAbsent(field, a.amount()));
            var service = new LinkedHashMap<String, Object>();
            service.put("benefit", a.benefit());
            service.put("accumulator", a.accumulator());
            service.put("network", a.network());
            service.put("service_type_code", a.serviceType());
            service.put("time_period_qualifier", a.period());
            service.put("amount", a.amount().toPlainString());
            services.add(service);
        }
        answer.put("services", services);
        if (!reading.otherPayers().isEmpty()) {
            String notes = reading.otherPayers().stream()
                    .map(OtherPayer::describe)
                    .collect(java.util.stream.Collectors.joining("; "));
            answer.put("has_other_active_coverage", true);
            answer.put("cob_notes", notes.length() > 4000 ? notes.substring(0, 4000) : notes);
            answer.put(
                    "benefits_related_entities",
                    reading.otherPayers().stream()
                            .map(p -> json.convertValue(p, Map.class))
                            .toList());
        }
        eligibility.record(tenant, patientPlanId, json.convertValue(answer, EligibilityAnswer.class));
    }

    /** A general deductible's limit or remaining amount, to the eligibility record's field of its network. */
    private static java.util.Optional<String> deductibleField(BenefitReading.Accumulator a) {
        if (!a.benefit().endsWith("deductible")
                || !(a.serviceType().isEmpty()
                        || a.serviceType().equals("35")
                        || a.serviceType().equals("30"))
                || a.accumulator().equals("used")) {
            return java.util.Optional.empty();
        }
        String who = a.benefit().startsWith("family") ? "family" : "individual";
        String what = a.accumulator().equals("remaining") ? "remaining" : "policy";
        String network = a.network().equals("out") ? "out_network" : "in_network";
        return java.util.Optional.of(who + "_deductible_" + what + "_" + network);
    }

    /** Payer-reported last visits as outside_office history, once per code and date. */
    private int recordVisits(Tenant tenant, UUID patientPlanId, List<BenefitReading.LastVisit> visits) {
        int added = 0;
        var seen = new java.util.HashSet<String>();
        var billed = codes.findByCodes(
                tenant,
                visits.stream().map(BenefitReading.LastVisit::procedureCode).toList());
        for (var visit : visits) {
            // A code the practice does not bill cannot be history; its EB stays in the change set with its text.
            if (!billed.containsKey(visit.procedureCode()) || !seen.add(visit.procedureCode() + "@" + visit.date())) {
                continue;
            }
            var filter = new ClaimHistoryService.Filter(visit.date(), visit.date(), ClaimHistory.Status.outside_office);
            boolean known =
                    history
                            .list(tenant, patientPlanId, filter, PageRequest.of(1, PageRequest.MAX_PAGE_SIZE))
                            .items()
                            .stream()
                            .anyMatch(h -> visit.procedureCode().equalsIgnoreCase(h.procedureCode()));
            if (known) {
                continue;
            }
            history.create(
                    tenant,
                    patientPlanId,
                    new ClaimHistoryRequests.Create(
                            visit.procedureCode(),
                            visit.date(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            ClaimHistory.Status.outside_office,
                            "Last visit reported by the payer in a 271 (segment " + visit.position() + ")"));
            added++;
        }
        return added;
    }
}
