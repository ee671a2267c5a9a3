package io.bitewing.estimate;

import io.bitewing.coverage.CoverageCategory;
import io.bitewing.eligibility.Eligibility;
import io.bitewing.estimate.engine.Bucket;
import io.bitewing.estimate.engine.EstimateLine;
import io.bitewing.estimate.engine.EstimateResult;
import io.bitewing.estimate.engine.PlanSummary;
import io.bitewing.estimate.engine.ProcedureEstimate;
import io.bitewing.practice.PersonName;
import io.bitewing.practice.patient.Patient;
import io.bitewing.shared.web.Ref;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shapes the engine's result for the wire: references for the patient, coverages, plans and categories. */
final class EstimateResponses {

    private EstimateResponses() {}

    static Estimate of(EstimateInputs in, EstimateRequests.Mode mode, EstimateResult result) {
        var byId = new HashMap<String, Coverage>();
        in.coverages().forEach(c -> byId.put(c.id().toString(), c));
        var byIndex = new HashMap<String, PlannedProcedure>();
        in.planned().forEach(p -> byIndex.put(String.valueOf(p.index()), p));
        Map<String, CoverageCategory> categories = categoryNames(in);

        var plans = result.plans().stream()
                .map(s -> plan(
                        s,
                        byId.get(s.planId()),
                        in.reported().get(byId.get(s.planId()).id())))
                .toList();
        var procedures = result.procedures().stream()
                .map(p -> procedure(p, byIndex.get(p.ref()), byId, categories, reportedNotes(in)))
                .toList();
        Patient patient = in.patient();
        return new Estimate(
                new Ref(patient.id(), PersonName.display(patient.lastName(), patient.firstName())),
                in.asOf(),
                mode,
                plans,
                procedures,
                new Estimate.Totals(
                        result.totalFee(),
                        result.totalInsurance(),
                        result.totalWriteOff(),
                        result.totalPatientPortion()));
    }

    /** Every category some code of the estimate falls in, by id. */
    static Map<String, CoverageCategory> categoryNames(EstimateInputs in) {
        var names = new HashMap<String, CoverageCategory>();
        in.categoriesOfCode().values().forEach(list -> list.forEach(c -> names.put(c.id().toString(), c)));
        return names;
    }

    private static Ref patientPlanRef(Coverage c) {
        return new Ref(c.patientPlan().id(), c.plan().groupName());
    }

    private static Estimate.PlanPart plan(PlanSummary s, Coverage c, Eligibility reported) {
        return new Estimate.PlanPart(
                patientPlanRef(c),
                s.ordinal(),
                new Ref(c.plan().id(), c.plan().groupName()),
                c.plan().planType().name(),
                ReportedEligibility.inNetwork(reported, c.plan()) ? "in_network" : "out_of_network",
                new Estimate.BenefitYear(s.benefitYearStart(), s.benefitYearEnd()),
                bucket(s.annualMax()),
                bucket(s.deductible()),
                bucket(s.familyAnnualMax()),
                bucket(s.familyDeductible()),
                bucket(s.orthoLifetimeMax()),
                reported(reported, c.plan()));
    }

    private static Estimate.Reported reported(Eligibility e, io.bitewing.plan.Plan plan) {
        if (e == null) {
            return null;
        }
        boolean in = ReportedEligibility.inNetwork(e, plan);
        return new Estimate.Reported(
                e.eligibilityCheckDate(),
                e.eligibilityCheckStatus().name(),
                in ? e.individualDeductibleRemainingInNetwork() : e.individualDeductibleRemainingOutNetwork(),
                in ? e.familyDeductibleRemainingInNetwork() : e.familyDeductibleRemainingOutNetwork(),
                in ? e.individualOopMaxRemainingInNetwork() : e.individualOopMaxRemainingOutNetwork(),
                in ? e.familyOopMaxRemainingInNetwork() : e.familyOopMaxRemainingOutNetwork());
    }

    private static Estimate.Bucket bucket(Bucket b) {
        return b == null
                ? null
                : new Estimate.Bucket(b.total(), b.used(), b.pending(), b.thisEstimate(), b.remaining());
    }

    private static Estimate.ProcedurePart procedure(
            ProcedureEstimate p,
            PlannedProcedure planned,
            Map<String, Coverage> coverages,
            Map<String, CoverageCategory> categories,
            Map<String, List<String>> reported) {
        CoverageCategory category = p.coverageCategoryId() == null ? null : categories.get(p.coverageCategoryId());
        Ref categoryRef = category == null ? null : new Ref(category.id(), category.categoryName());
        var lines = p.lines().stream()
                .map(l -> line(l, coverages.get(l.planId()), reported.getOrDefault(l.planId(), List.of())))
                .toList();
        return new Estimate.ProcedurePart(
                planned == null ? p.ref() : planned.ref(),
                p.code(),
                categoryRef,
                p.fee(),
                p.units(),
                lines,
                p.insuranceTotal(),
                p.writeOffTotal(),
                p.patientPortion());
    }

    /** What each coverage's eligibility record reported and the estimate used, for every line of it. */
    private static Map<String, List<String>> reportedNotes(EstimateInputs in) {
        var notes = new java.util.HashMap<String, List<String>>();
        for (Coverage c : in.coverages()) {
            notes.put(
                    c.id().toString(),
                    in.historyOf(c, EngineInputs.benefitYearStartMonth(in, c.plan()))
                            .notes());
        }
        return notes;
    }

    private static Estimate.Line line(EstimateLine l, Coverage c, List<String> reported) {
        return new Estimate.Line(
                l.ordinal(),
                patientPlanRef(c),
                l.allowedFee(),
                l.copay(),
                l.coveragePercent(),
                l.deductibleApplied(),
                l.baseEstimate(),
                l.paidByOtherPlans(),
                l.insuranceEstimate(),
                l.writeOff(),
                l.limitedBy().stream()
                        .map(x -> x.name().toLowerCase(Locale.ROOT))
                        .toList(),
                reported.isEmpty() ? l.notes() : concat(reported, l.notes()));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
