package io.bitewing.demo;

import io.bitewing.estimatebook.EstimateBook.RuleType;
import io.bitewing.estimatebook.EstimateBookRequests;
import io.bitewing.estimatebook.EstimateBookService;
import io.bitewing.estimatebook.entry.EntryRequests;
import io.bitewing.estimatebook.entry.EvidenceService;
import io.bitewing.estimatebook.entry.RuleStep;
import io.bitewing.estimatebook.recompute.RecomputeService;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignmentRequests;
import io.bitewing.feeassignment.FeeAssignmentService;
import io.bitewing.feeschedule.FeeSchedule.Type;
import io.bitewing.feeschedule.FeeScheduleRequests;
import io.bitewing.feeschedule.FeeScheduleService;
import io.bitewing.shared.auth.Tenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's estimate book: the Riverside out-of-network plan learns its allowed fees from a dozen received
 * payments. Its allowed assignment names the book, and a recompute is queued, so the estimator reads the learned
 * fees once the demo's transaction commits and the run completes.
 */
@Component
class DemoBooks {

    /** Payments received: code, days before today, allowed amount stated on the EOB (null: only the payment known). */
    private record Paid(String code, int daysAgo, String allowed, String payment) {}

    private static final List<Paid> PAYMENTS = List.of(
            new Paid("D2740", 40, "980.00", "490.00"), new Paid("D2740", 95, "1010.00", "505.00"),
            new Paid("D2740", 210, "1040.00", "520.00"), new Paid("D2740", 900, "870.00", "435.00"),
            new Paid("D0120", 30, "48.00", "48.00"), new Paid("D0120", 120, "50.00", "50.00"),
            new Paid("D0120", 300, "52.00", "52.00"), new Paid("D1110", 30, null, "88.00"),
            new Paid("D1110", 190, null, "92.00"), new Paid("D2391", 60, "150.00", "120.00"),
            new Paid("D2391", 150, "165.00", "132.00"), new Paid("D2391", 400, "410.00", "328.00"));

    private final EstimateBookService books;
    private final EvidenceService evidence;
    private final RecomputeService recompute;
    private final FeeScheduleService schedules;
    private final FeeAssignmentService assignments;

    DemoBooks(
            EstimateBookService books,
            EvidenceService evidence,
            RecomputeService recompute,
            FeeScheduleService schedules,
            FeeAssignmentService assignments) {
        this.books = books;
        this.evidence = evidence;
        this.recompute = recompute;
        this.schedules = schedules;
        this.assignments = assignments;
    }

    void populate(Tenant tenant, List<UUID> locations, Map<String, UUID> codeIds, UUID outOfNetworkPlan) {
        UUID book = books.create(
                        tenant,
                        new EstimateBookRequests.Create(
                                "Riverside Blue Book",
                                RuleType.ucr_fallback,
                                null,
                                null,
                                outOfNetworkPlan,
                                null,
                                null,
                                true,
                                null))
                .id();
        step(tenant, book, 1, RuleStep.RuleType.insurance_plan, RuleStep.LimitType.years, 2);
        step(tenant, book, 2, RuleStep.RuleType.group_number, RuleStep.LimitType.none, 0);
        step(tenant, book, 3, RuleStep.RuleType.insurance_carrier, RuleStep.LimitType.years, 3);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Paid paid : PAYMENTS) {
            evidence.createEvidence(
                    tenant,
                    book,
                    new EntryRequests.CreateEvidence(
                            codeIds.get(paid.code()),
                            today.minusDays(paid.daysAgo()),
                            "adjudicated_claim",
                            null,
                            outOfNetworkPlan,
                            null,
                            new BigDecimal(paid.payment()),
                            paid.allowed() == null ? null : new BigDecimal(paid.allowed()),
                            "primary",
                            null,
                            null,
                            null));
        }
        UUID allowed = schedules
                .create(
                        tenant,
                        new FeeScheduleRequests.Create(
                                Type.allowed,
                                "Riverside allowed fees",
                                "Codes the Blue Book has not learned yet fall back to the office fee.",
                                null,
                                null))
                .id();
        for (UUID location : locations) {
            assignments.create(
                    tenant,
                    new FeeAssignmentRequests.Create(
                            allowed,
                            location,
                            Kind.allowed,
                            null,
                            outOfNetworkPlan,
                            book,
                            LocalDate.of(2025, 1, 1),
                            null,
                            null));
        }
        recompute.start(tenant, book);
    }

    private void step(
            Tenant tenant, UUID book, int priority, RuleStep.RuleType type, RuleStep.LimitType limit, int value) {
        evidence.createStep(tenant, book, new EntryRequests.CreateRuleStep(priority, type, limit, value, true));
    }
}
