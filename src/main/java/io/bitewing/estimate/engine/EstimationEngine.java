package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.Enums.BenefitType;
import io.bitewing.estimate.engine.Enums.CobRule;
import io.bitewing.estimate.engine.Enums.HistoryStatus;
import io.bitewing.estimate.engine.Enums.Limit;
import io.bitewing.estimate.engine.Enums.Mode;
import io.bitewing.estimate.engine.Enums.PlanType;
import io.bitewing.estimate.engine.Enums.TimePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Estimates a treatment plan: procedures in order, each against every plan in ordinal order, following the order of
 * operations of estimation.md §4 (steps 2–15), the loop list of §5 and COB of §6. Pure: the answer depends on the input
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
        BigDecimal totalFee = BigDecimal.ZERO, totalIns = BigDecimal.ZERO, totalWo = BigDecimal.ZERO;
        for (ProcedureInput proc : in.procedures()) {
            LocalDate dos = proc.dateOfService() == null ? in.asOfDate() : proc.dateOfService();
            BigDecimal fee = billedFee(in, proc);
            List<Line> lines = new ArrayList<>();
            BigDecimal paidOther = BigDecimal.ZERO, woOther = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                PlanInput plan = in.plans().get(i);
                Line line = line(in, plan, i + 1, proc, dos, fee, paidOther, woOther, usage.get(i));
                lines.add(line);
                paidOther = paidOther.add(line.ins);
                if (line.wo != null) woOther = woOther.add(line.wo);
                if (in.mode() == Mode.TREATMENT_PLAN) {
                    Usage u = new Usage(dos, proc.code(), null, line.ins, line.ded, true, proc.tooth());
                    usage.get(i).add(u);
                    planned.get(i).add(u);
                }
            }
            if (n >= 2 && isPpo(in.plans().get(0).planType()) && lines.get(0).wo != null && !lines.get(0).writeOffOverridden) {
                Line primary = lines.get(0);
                BigDecimal trimmed = EstimateWriteOff.trimPrimary(fee, primary.wo, paidOther);
                if (trimmed.compareTo(primary.wo) != 0) {
                    primary.notes.add("Primary write-off trimmed to " + Cents.show(trimmed) + " so estimates do not exceed the fee");
                    primary.wo = trimmed;
                }
            }
            BigDecimal ins = BigDecimal.ZERO, wo = BigDecimal.ZERO;
            List<EstimateLine> out = new ArrayList<>();
            for (Line l : lines) {
                ins = ins.add(l.ins);
                if (l.wo != null) wo = wo.add(l.wo);
                out.add(l.toRecord());
            }
            BigDecimal feeCents = Cents.round(fee);
            procedures.add(new ProcedureEstimate(proc.ref(), proc.code(), in.categoriesOf(proc.code()).winningCategoryId(),
                    feeCents, proc.units(), List.copyOf(out), Cents.round(ins), Cents.round(wo),
                    Cents.round(Cents.floor0(fee.subtract(ins).subtract(wo)))));
            totalFee = totalFee.add(fee);
            totalIns = totalIns.add(ins);
            totalWo = totalWo.add(wo);
        }
        List<PlanSummary> summaries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            summaries.add(Summarize.plan(in, in.plans().get(i), i + 1, usage.get(i)));
        }
        return new EstimateResult(List.copyOf(summaries), List.copyOf(procedures), Cents.round(totalFee), Cents.round(totalIns),
                Cents.round(totalWo), Cents.round(totalFee.subtract(totalIns).subtract(totalWo)));
    }

    static boolean isPpo(PlanType t) {
        return t == PlanType.PPO_PERCENTAGE || t == PlanType.PPO_FIXED_BENEFIT;
    }

    /** Fee × units; with a PPO primary whose fee is higher, the PPO fee (§13 E2) unless the UCR fee is always used. */
    static BigDecimal billedFee(EstimateInput in, ProcedureInput proc) {
        BigDecimal fee = Cents.times(proc.fee(), proc.units());
        if (!in.plans().isEmpty() && isPpo(in.plans().get(0).planType()) && !in.settings().ppoAlwaysUseUcrFee()) {
            BigDecimal ppo = in.plans().get(0).feesFor(proc.ref()).allowed();
            if (ppo != null && Cents.times(ppo, proc.units()).compareTo(fee) > 0) fee = Cents.times(ppo, proc.units());
        }
        return fee;
    }

    /** Mutable while a line is worked out, then frozen into an {@link EstimateLine}. */
    private static final class Line {
        String planId;
        int ordinal;
        BigDecimal allowed, copay, ded = BigDecimal.ZERO, base, ins, paidOther, wo;
        int pct;
        boolean writeOffOverridden;
        final List<Limit> limits = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        EstimateLine toRecord() {
            return new EstimateLine(planId, ordinal, Cents.round(allowed), Cents.round(copay), pct, Cents.round(ded),
                    Cents.round(base), Cents.round(paidOther), Cents.round(ins), wo == null ? null : Cents.round(wo),
                    List.copyOf(limits), List.copyOf(notes));
        }
    }

    private static Line line(EstimateInput in, PlanInput plan, int ordinal, ProcedureInput proc, LocalDate dos,
            BigDecimal fee, BigDecimal paidOther, BigDecimal woOther, List<Usage> usage) {
        Settings s = in.settings();
        PlanType type = plan.planType();
        String code = proc.code();
        CodeCategories cats = in.categoriesOf(code);
        Function<String, CodeCategories> catsOf = in::categoriesOf;
        Integer age = CheckAgeLimit.ageAt(in.birthdate(), dos);
        List<BenefitRow> rows = PreferPatientOverrides.apply(plan.benefits());
        PlanFees fees = plan.feesFor(proc.ref());
        BenefitYear year = BenefitYear.containing(dos, plan.benefitYearStartMonth());
        boolean exclusionUcr = plan.exclusionUsesUcrFee() != null ? plan.exclusionUsesUcrFee() : s.exclusionUsesUcrFee();
        boolean zeroWoOnMax = plan.zeroWriteoffOnMax() != null ? plan.zeroWriteoffOnMax() : !s.writeoffOnMaxReached();
        boolean zeroWoOnFreqAge = plan.zeroWriteoffOnFrequencyOrAge() != null ? plan.zeroWriteoffOnFrequencyOrAge()
                : !s.writeoffOnFrequencyLimit();

        LineOverride o = proc.overrideFor(ordinal);
        Line l = new Line();
        l.planId = plan.id();
        l.ordinal = ordinal;
        if (o.paidByOtherPlans() != null) {
            paidOther = o.paidByOtherPlans();
            l.notes.add("Paid by other plans entered by the office: " + Cents.show(paidOther));
        }
        l.paidOther = paidOther;

        // Step 3: allowed fee.
        ResolveAllowedFee.Allowed allowed = ResolveAllowedFee.allowed(type, fees, fee, proc.units(), s.outOfNetworkBlankLikeZero());
        l.allowed = allowed.amount();
        if (o.allowedFee() != null) {
            l.allowed = Cents.min(o.allowedFee(), fee);
            l.notes.add("Allowed fee entered by the office: " + Cents.show(l.allowed));
        }
        // Step 4: copay.
        l.copay = ResolveCopay.copay(type, fees, l.allowed, proc.units(), plan.hasCopaySchedule(), s);
        if (o.copay() != null) {
            l.copay = Cents.min(o.copay(), l.allowed);
            l.notes.add("Copay entered by the office: " + Cents.show(l.copay));
        }
        boolean excluded = CheckExclusion.excluded(rows, code, cats, age);
        if (type == PlanType.CAPITATION) {
            l.pct = 100;
            l.base = BigDecimal.ZERO;
            l.ins = BigDecimal.ZERO;
            l.wo = excluded && exclusionUcr ? BigDecimal.ZERO : l.allowed.subtract(l.copay);
            if (excluded) exclusion(l);
            l.notes.add("Capitation: the patient pays the copay, the rest is written off");
            return overridden(l, o);
        }
        // Step 6 (percentage) is needed by step 5.
        l.pct = ResolveCoinsurance.percent(type, rows, code, cats, age);
        if (o.coveragePercent() != null) {
            l.pct = o.coveragePercent();
            l.notes.add("Coverage percent entered by the office: " + l.pct + " %");
        }
        BigDecimal afterCopay = l.allowed.subtract(l.copay);
        // Step 5: deductible.
        boolean takesDeductible = in.applyLimits() && l.pct > 0 && !excluded && type != PlanType.FLAT_COPAY
                && (type != PlanType.PPO_FIXED_BENEFIT || ResolveCoinsurance.matchingRow(rows, code, cats, age).isPresent());
        if (takesDeductible) {
            BigDecimal remaining = ApplyDeductible.remaining(rows, code, cats, age, dos, year, usage, catsOf, in.roles(),
                    plan.orthoCategoryId());
            l.ded = Cents.min(remaining, afterCopay);
            if (l.ded.signum() > 0) l.notes.add("Deductible " + Cents.show(l.ded) + " applied");
        }
        if (o.deductible() != null) {
            l.ded = Cents.min(o.deductible(), afterCopay);
            l.notes.add("Deductible entered by the office: " + Cents.show(l.ded));
        }
        l.base = Cents.percent(afterCopay, l.pct);
        l.ins = Cents.percent(afterCopay.subtract(l.ded), l.pct);
        if (l.pct == 0) {
            l.limits.add(Limit.NOT_COVERED);
            l.notes.add("Not covered: the plan has no coinsurance for " + code);
        }
        // Step 7: COB.
        if (ordinal >= 2) {
            BigDecimal own = l.ins;
            CobRule rule = plan.cobRule();
            l.ins = CoordinateBenefits.cap(rule, ordinal, l.ins, l.allowed, fee, paidOther, woOther);
            l.base = CoordinateBenefits.cap(rule, ordinal, l.base, l.allowed, fee, paidOther, woOther);
            if (l.ins.compareTo(own) < 0) {
                l.notes.add(CoordinateBenefits.explain(rule, ordinal, own, l.ins, l.allowed, fee, paidOther, woOther));
            }
        }
        // Step 8: exclusion.
        if (excluded) {
            l.base = BigDecimal.ZERO;
            l.ins = BigDecimal.ZERO;
            exclusion(l);
        }
        // Step 9a: age limit (Our rule E22: the deductible is zeroed too).
        boolean ageLimited = false;
        if (in.applyLimits()) {
            OptionalInt through = CheckAgeLimit.exceeded(rows, code, cats, age);
            if (through.isPresent()) {
                ageLimited = true;
                l.ins = BigDecimal.ZERO;
                l.ded = BigDecimal.ZERO;
                l.limits.add(Limit.AGE_LIMIT);
                l.notes.add("Age limitation: covered through age " + through.getAsInt() + ", patient is " + age);
            }
        }
        // Step 9b: maximums.
        boolean maxDroveToZero = false;
        if (in.applyLimits() && l.ins.signum() > 0) {
            BigDecimal before = l.ins;
            for (boolean family : new boolean[] {false, true}) {
                Optional<BenefitRow> max = CapAtAnnualMaximum.applicable(rows, family, code, cats, age);
                if (max.isEmpty()) continue;
                BigDecimal remaining = Cents.floor0(CapAtAnnualMaximum.remaining(max.get(), rows, usage, year, catsOf));
                if (remaining.compareTo(l.ins) < 0) {
                    l.ins = remaining;
                    Limit limit = CapAtAnnualMaximum.limitOf(max.get(), plan.orthoCategoryId());
                    l.limits.add(limit);
                    l.notes.add(describe(limit) + " leaves " + Cents.show(remaining));
                }
            }
            maxDroveToZero = before.signum() > 0 && l.ins.signum() == 0;
        }
        // Step 11: rounding.
        l.base = Cents.round(l.base);
        l.ins = Cents.round(l.ins);
        // Step 10: write-off.
        if (exclusionUcr && (excluded || l.pct == 0)) {
            l.wo = isPpo(type) ? BigDecimal.ZERO : null;
        } else if (ordinal == 2 && plan.cobRule() == CobRule.SECONDARY_MEDICAID) {
            l.wo = EstimateWriteOff.medicaid(fee, l.ins, paidOther, woOther);
            if (l.wo.signum() > 0) l.notes.add("Secondary Medicaid: the balance of " + Cents.show(l.wo) + " is written off");
        } else if (isPpo(type) && allowed.substituted() && !plan.ppoSubstitutionWriteoffs()) {
            l.wo = BigDecimal.ZERO;
        } else if (isPpo(type)) {
            l.wo = EstimateWriteOff.ppo(fee, allowed.charted(), l.ins, paidOther, woOther, s.ppoSecondaryWriteoffs());
        }
        // Step 12: zero write-off when the maximum or an age limit drove the estimate to zero.
        if (l.wo != null && l.wo.signum() > 0 && ((maxDroveToZero && zeroWoOnMax) || (ageLimited && zeroWoOnFreqAge))) {
            l.wo = BigDecimal.ZERO;
            l.notes.add("No write-off: the " + (ageLimited ? "age limit" : "maximum") + " leaves the patient the full fee");
        }
        // Step 13: frequency.
        Optional<String> frequency = in.applyLimits() && s.checkFrequency()
                ? CheckFrequency.met(rows, proc, dos, cats, plan.benefitYearStartMonth(), usage, catsOf)
                : Optional.empty();
        if (frequency.isPresent()) {
            zero(l);
            l.limits.add(Limit.FREQUENCY);
            l.notes.add(frequency.get());
            if (l.wo != null && l.wo.signum() > 0 && zeroWoOnFreqAge) {
                l.wo = BigDecimal.ZERO;
                l.notes.add("No write-off: the frequency limit leaves the patient the full fee");
            }
        }
        // Step 14: waiting period.
        LocalDate waitingDate = dos.isBefore(in.asOfDate()) ? in.asOfDate() : dos;
        Optional<LocalDate> coveredFrom = CheckWaitingPeriod.coveredFrom(rows, code, cats, plan.dateEffective(), waitingDate);
        if (coveredFrom.isPresent()) {
            zero(l);
            l.limits.add(Limit.WAITING_PERIOD);
            l.notes.add("Waiting period: coverage started " + plan.dateEffective() + ", " + code + " is covered from "
                    + coveredFrom.get());
        }
        // Our rule E20: terminated coverage pays nothing and has no contractual write-off.
        if (plan.dateTerm() != null && dos.isAfter(plan.dateTerm())) {
            zero(l);
            if (l.wo != null) l.wo = BigDecimal.ZERO;
            l.limits.add(Limit.COVERAGE_TERMINATED);
            l.notes.add("Coverage terminated on " + plan.dateTerm());
        }
        return overridden(l, o);
    }

    /** Step 11/15: an office's insurance estimate or write-off is final, whatever the limits computed. */
    private static Line overridden(Line l, LineOverride o) {
        if (o.insuranceEstimate() != null) {
            l.notes.add("Insurance estimate entered by the office: " + Cents.show(o.insuranceEstimate()) + " (calculated "
                    + Cents.show(l.ins) + ")");
            l.ins = o.insuranceEstimate();
        }
        if (o.writeOff() != null) {
            l.notes.add("Write-off entered by the office: " + Cents.show(o.writeOff())
                    + (l.wo == null ? "" : " (calculated " + Cents.show(l.wo) + ")"));
            l.wo = o.writeOff();
            l.writeOffOverridden = true;
        }
        return l;
    }

    private static void zero(Line l) {
        l.base = BigDecimal.ZERO;
        l.ins = BigDecimal.ZERO;
        l.ded = BigDecimal.ZERO;
    }

    private static void exclusion(Line l) {
        l.ded = BigDecimal.ZERO;
        l.limits.add(Limit.EXCLUSION);
        l.notes.add("Exclusion: the plan does not cover this code");
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
