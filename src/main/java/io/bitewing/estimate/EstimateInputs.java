package io.bitewing.estimate;

import io.bitewing.coverage.CoverageCategory;
import io.bitewing.coverage.codegroup.CodeGroup;
import io.bitewing.eligibility.Eligibility;
import io.bitewing.estimate.engine.HistoryRow;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.settings.InsuranceSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything one estimate reads, as one snapshot with typed keys; {@link EstimateInputLoader} fills it in a fixed
 * number of statements. Schedule fees depend on the date of service and provider; estimate-book fees on the coverage
 * only, so they are kept apart.
 *
 * @param ucrSchedule    the billed-fee (UCR) schedule: the primary's slot, or the location's without coverage
 * @param scheduleFees   per (date of service, provider): each (schedule, code)'s fee
 * @param bookFees       per (coverage, code): the allowed fee of the estimate book the coverage reads
 * @param substitutes    per (coverage, procedure): the code the coverage pays it as, when that code exists here
 * @param categoriesOfCode categories containing each code, the winner last
 */
record EstimateInputs(
        Patient patient,
        LocalDate asOf,
        InsuranceSettings practice,
        List<Coverage> coverages,
        List<PlannedProcedure> planned,
        Map<UUID, List<HistoryRow>> historyBySubscription,
        Map<String, List<CoverageCategory>> categoriesOfCode,
        Map<UUID, CodeGroup> codeGroups,
        UUID ucrSchedule,
        Map<FeeLookup, Map<ScheduleCode, BigDecimal>> scheduleFees,
        Map<CoverageCode, BigDecimal> bookFees,
        Map<CoverageProcedure, ProcedureCode> substitutes,
        Map<UUID, Eligibility> reported) {

    record ScheduleCode(UUID schedule, UUID code) {}

    /** The coverage's history as the engine reads it, with what its eligibility record reports laid over it. */
    ReportedEligibility.Applied historyOf(Coverage c, int benefitYearStartMonth) {
        List<HistoryRow> rows =
                historyBySubscription.getOrDefault(c.patientPlan().subscriptionId(), List.of());
        return ReportedEligibility.apply(rows, reported.get(c.id()), c, benefitYearStartMonth, asOf);
    }

    record CoverageCode(UUID patientPlan, UUID code) {}

    record FeeLookup(LocalDate dateOfService, UUID provider) {
        static FeeLookup of(PlannedProcedure p) {
            return new FeeLookup(p.date(), p.provider());
        }
    }

    record CoverageProcedure(UUID patientPlan, int index) {}

    /** The code's fee in the schedule, for the procedure's date and provider; null without schedule or fee. */
    BigDecimal fee(PlannedProcedure p, UUID schedule, UUID code) {
        return schedule == null
                ? null
                : scheduleFees.getOrDefault(FeeLookup.of(p), Map.of()).get(new ScheduleCode(schedule, code));
    }

    /** The code's fee in the schedule filling the coverage's slot of this kind. */
    BigDecimal fee(PlannedProcedure p, Coverage c, Kind kind, UUID code) {
        return fee(p, c.schedule(kind), code);
    }

    BigDecimal bookFee(Coverage c, UUID code) {
        return bookFees.get(new CoverageCode(c.id(), code));
    }

    /** The code the coverage pays the procedure as, when it differs from the charted one; null otherwise. */
    ProcedureCode substitute(Coverage c, PlannedProcedure p) {
        return substitutes.get(new CoverageProcedure(c.id(), p.index()));
    }

    Coverage primary() {
        return coverages.isEmpty() ? null : coverages.get(0);
    }
}
