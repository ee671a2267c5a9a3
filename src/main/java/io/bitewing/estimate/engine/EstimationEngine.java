package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.EstimateInput.Mode;
import io.bitewing.estimate.engine.EstimateLine.Limit;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Estimates a treatment plan: procedures in order, each against every plan in ordinal order, following the order of
 * operations of estimation-rules.md §4 (steps 2–15), the loop list of §5 and COB of §6. Pure: the answer depends on the input
 * only.
 */
public final class EstimationEngine {
    private EstimationEngine() {}

    public static EstimateResult estimate(EstimateInput in) {
        int n = in.plans().size();
        List<List<Usage>> usage = new ArrayList<>();
        List<List<Usage>> planned = new ArrayList<>();
        for (PlanInput p : in.plans()) {
            usage.add(new ArrayList<>(p.history().stream().map(Usage::of).toList()));
            planned.add(new ArrayList<>());
        }
        List<ProcedureEstimate> procedures = new ArrayList<>();
        BigDecimal[] outOfPocket = new BigDecimal[n];
        for (int i = 0; i < n; i++) outOfPocket[i] = in.plans().get(i).outOfPocketRemaining();
        BigDecimal totalFee = BigDecimal.ZERO, totalIns = BigDecimal.ZERO, totalWo = BigDecimal.ZERO;
        for (ProcedureInput proc : in.procedures()) {
            LocalDate dos = proc.dateOfService() == null ? in.asOfDate() : proc.dateOfService();
            BigDecimal fee = billedFee(in, proc);
            List<WorkingLine> lines = new ArrayList<>();
            BigDecimal paidOther = BigDecimal.ZERO, woOther = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                PlanInput plan = in.plans().get(i);
                WorkingLine line = line(in, plan, i + 1, proc, dos, fee, paidOther, woOther, usage.get(i));
                lines.add(line);
                paidOther = paidOther.add(line.ins);
                if (line.wo != null) woOther = woOther.add(line.wo);
                if (in.mode() == Mode.TREATMENT_PLAN) {
                    Usage u = new Usage(dos, proc.code(), null, line.ins, line.ded, true, proc.tooth());
                    usage.get(i).add(u);
                    planned.get(i).add(u);
                }
            }
            if (n >= 2
                    && isPpo(in.plans().get(0).planType())
                    && lines.get(0).wo != null
                    && !lines.get(0).writeOffOverridden) {
                WorkingLine primary = lines.get(0);
                BigDecimal trimmed = EstimateWriteOff.trimPrimary(fee, primary.wo, paidOther);
                if (trimmed.compareTo(primary.wo) != 0) {
                    primary.notes.add("Primary write-off trimmed to " + Cents.show(trimmed)
                            + " so estimates do not exceed the fee");
                    primary.wo = trimmed;
                }
            }
            CapAtOutOfPocketMaximum.apply(fee, lines, outOfPocket);
            BigDecimal ins = BigDecimal.ZERO, wo = BigDecimal.ZERO;
            List<EstimateLine> out = new ArrayList<>();
            for (WorkingLine l : lines) {
                ins = ins.add(l.ins);
                if (l.wo != null) wo = wo.add(l.wo);
                out.add(l.toRecord());
            }
            BigDecimal feeCents = Cents.round(fee);
            procedures.add(new ProcedureEstimate(
                    proc.ref(),
                    proc.code(),
                    in.categoriesOf(proc.code()).winningCategoryId(),
                    feeCents,
                    proc.units(),
                    List.copyOf(out),
                    Cents.round(ins),
                    Cents.round(wo),
                    Cents.round(Cents.floor0(fee.subtract(ins).subtract(wo)))));
            totalFee = totalFee.add(fee);
            totalIns = totalIns.add(ins);
            totalWo = totalWo.add(wo);
        }
        List<PlanSummary> summaries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            summaries.add(Summarize.plan(in, in.plans().get(i), i + 1, usage.get(i)));
        }
        return new EstimateResult(
                List.copyOf(summaries),
                List.copyOf(procedures),
                Cents.round(totalFee),
                Cents.round(totalIns),
                Cents.round(totalWo),
                Cents.round(totalFee.subtract(totalIns).subtract(totalWo)));
    }

    static boolean isPpo(PlanType t) {
        return t == PlanType.PPO_PERCENTAGE || t == PlanType.PPO_FIXED_BENEFIT;
    }

    /** Fee × units, then {@link BillAtLeastThePpoFee} against the primary plan. */
    static BigDecimal billedFee(EstimateInput in, ProcedureInput proc) {
        BigDecimal fee = Cents.times(proc.fee(), proc.units());
        if (in.plans().isEmpty()) {
            return fee;
        }
        PlanInput primary = in.plans().get(0);
        return BillAtLeastThePpoFee.billed(
                fee,
                primary.planType(),
                primary.feesFor(proc.ref()).allowed(),
                proc.units(),
                in.settings().ppoAlwaysUseUcrFee());
    }

    /**
     * One procedure against one plan, step by step in the order of the rule catalogue (estimation-rules.md §4). The steps
     * share the line being worked out and what every step reads: the plan's rows, the code's categories, the age.
     */
    private static WorkingLine line(
            EstimateInput in,
            PlanInput plan,
            int ordinal,
            ProcedureInput proc,
            LocalDate dos,
            BigDecimal fee,
            BigDecimal paidOther,
            BigDecimal woOther,
            List<Usage> usage) {
        var l = new WorkingLine(in, plan, ordinal, proc, dos, fee, paidOther, woOther, usage);
        l.noteUnusedBenefits();
        l.resolveAllowedFee();
        l.resolveCopay();
        if (plan.planType() == PlanType.CAPITATION) {
            l.capitation();
            return l.applyOfficeEstimates();
        }
        // Step 6 before step 5: the deductible is taken only where the plan pays a percentage.
        l.resolveCoinsurance();
        l.applyDeductible();
        l.coordinateBenefits();
        l.applyExclusion();
        l.checkAgeLimit();
        l.capAtMaximums();
        // Step 11 before step 10: the write-off is worked out from the rounded estimate.
        l.round();
        l.estimateWriteOff();
        l.zeroWriteOffWhenLimitsLeaveTheFee();
        l.checkFrequency();
        l.checkWaitingPeriod();
        l.endAtTermination();
        return l.applyOfficeEstimates();
    }

    static String describe(Limit limit) {
        return switch (limit) {
            case ANNUAL_MAX -> "Annual maximum";
            case FAMILY_ANNUAL_MAX -> "Family annual maximum";
            case ORTHO_LIFETIME_MAX -> "Ortho lifetime maximum";
            case CATEGORY_MAX -> "Category maximum";
            default -> limit.name();
        };
    }
}
