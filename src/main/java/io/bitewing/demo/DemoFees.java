package io.bitewing.demo;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignmentRequests;
import io.bitewing.feeassignment.FeeAssignmentService;
import io.bitewing.feeschedule.FeeRequests;
import io.bitewing.feeschedule.FeeSchedule.Purpose;
import io.bitewing.feeschedule.FeeSchedule.Type;
import io.bitewing.feeschedule.FeeScheduleRequests;
import io.bitewing.feeschedule.FeeScheduleService;
import io.bitewing.feeschedule.FeeService;
import io.bitewing.shared.auth.Tenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's fees: the office's UCR schedule at both locations (with next year's already scheduled, so "upcoming"
 * has something to show), the PPO's contracted and copay schedules, and the fixed-benefit plan's schedule.
 */
@Component
class DemoFees {

    /** UCR per demo procedure code; insurance schedules derive from it. */
    private static final Map<String, String> UCR = Map.ofEntries(
            Map.entry("D0120", "65.00"),
            Map.entry("D0140", "85.00"),
            Map.entry("D0150", "110.00"),
            Map.entry("D0210", "150.00"),
            Map.entry("D0220", "35.00"),
            Map.entry("D0272", "55.00"),
            Map.entry("D0274", "75.00"),
            Map.entry("D0330", "130.00"),
            Map.entry("D1110", "115.00"),
            Map.entry("D1120", "85.00"),
            Map.entry("D1206", "45.00"),
            Map.entry("D1208", "40.00"),
            Map.entry("D1351", "60.00"),
            Map.entry("D2140", "140.00"),
            Map.entry("D2150", "175.00"),
            Map.entry("D2391", "190.00"),
            Map.entry("D2392", "240.00"),
            Map.entry("D2740", "1250.00"),
            Map.entry("D2750", "1150.00"),
            Map.entry("D2790", "1300.00"),
            Map.entry("D3330", "1200.00"),
            Map.entry("D4341", "280.00"),
            Map.entry("D4342", "200.00"),
            Map.entry("D4910", "150.00"),
            Map.entry("D5110", "1800.00"),
            Map.entry("D5120", "1800.00"),
            Map.entry("D6010", "2200.00"),
            Map.entry("D7140", "195.00"),
            Map.entry("D8080", "5800.00"),
            Map.entry("D9230", "75.00"));

    private final FeeScheduleService schedules;
    private final FeeService fees;
    private final FeeAssignmentService assignments;

    DemoFees(FeeScheduleService schedules, FeeService fees, FeeAssignmentService assignments) {
        this.schedules = schedules;
        this.fees = fees;
        this.assignments = assignments;
    }

    void populate(Tenant tenant, List<UUID> locations, Map<String, UUID> codeIds, UUID ppoPlan, UUID fixedBenefitPlan) {
        LocalDate nextYear = LocalDate.now().withDayOfYear(1).plusYears(1);
        UUID ucr = schedule(tenant, "Office UCR", Type.normal, Purpose.office, codeIds, "1.00");
        UUID ucrNext =
                schedule(tenant, "Office UCR " + nextYear.getYear(), Type.normal, Purpose.office, codeIds, "1.04");
        UUID ppo = schedule(tenant, "Acme PPO contracted fees", Type.normal, Purpose.insurance, codeIds, "0.72");
        UUID copay = schedule(
                tenant,
                "Acme PPO patient copays",
                Type.copay,
                Purpose.insurance,
                Map.of("D2740", codeIds.get("D2740"), "D2750", codeIds.get("D2750"), "D3330", codeIds.get("D3330")),
                "0.20");
        UUID fixed = schedule(
                tenant, "Harbor fixed benefit amounts", Type.fixed_benefit, Purpose.insurance, codeIds, "0.40");
        for (UUID location : locations) {
            assign(tenant, ucr, location, Kind.ucr, null, LocalDate.of(2025, 1, 1), nextYear.minusDays(1));
            assign(tenant, ppo, location, Kind.primary, ppoPlan, LocalDate.of(2025, 1, 1), null);
        }
        assign(tenant, ucrNext, locations.get(0), Kind.ucr, null, nextYear, null);
        assign(tenant, copay, locations.get(0), Kind.copay, ppoPlan, LocalDate.of(2025, 1, 1), null);
        assign(tenant, fixed, locations.get(0), Kind.copay, fixedBenefitPlan, LocalDate.of(2025, 1, 1), null);
    }

    /** A schedule with the UCR of each code scaled by {@code factor}, rounded half-up to cents. */
    private UUID schedule(
            Tenant tenant, String name, Type type, Purpose purpose, Map<String, UUID> codeIds, String factor) {
        UUID id = schedules
                .create(tenant, new FeeScheduleRequests.Create(type, name, null, purpose, null))
                .id();
        var rows = codeIds.entrySet().stream()
                .filter(code -> UCR.containsKey(code.getKey()))
                .map(code -> new FeeRequests.BulkItem(
                        new BigDecimal(UCR.get(code.getKey()))
                                .multiply(new BigDecimal(factor))
                                .setScale(2, RoundingMode.HALF_UP),
                        null,
                        null,
                        null,
                        code.getValue(),
                        null,
                        null))
                .toList();
        fees.bulkCreate(tenant, id, new FeeRequests.BulkCreate(rows));
        return id;
    }

    private void assign(
            Tenant tenant, UUID schedule, UUID location, Kind kind, UUID plan, LocalDate start, LocalDate end) {
        assignments.create(
                tenant, new FeeAssignmentRequests.Create(schedule, location, kind, null, plan, null, start, end, null));
    }
}
