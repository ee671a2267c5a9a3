package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.EstimateLine.Limit;
import io.bitewing.estimate.engine.PlanInput.CobRule;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** A line while it is worked out, then frozen into an {@link EstimateLine}. */
final class WorkingLine {
    final EstimateInput in;
    final PlanInput plan;
    final ProcedureInput proc;
    final Settings s;
    final PlanType type;
    final String code;
    final CodeCategories cats;
    final Function<String, CodeCategories> catsOf;
    final Integer age;
    final List<BenefitRow> rows;
    final PlanFees fees;
    final BenefitYear year;
    final LineOverride o;
    final LocalDate dos;
    final BigDecimal fee, woOther;
    final List<Usage> usage;
    final boolean exclusionUcr, zeroWoOnMax, zeroWoOnFreqAge;

    final String planId;
    final int ordinal;
    BigDecimal allowed, copay, ded = BigDecimal.ZERO, base, ins, paidOther, wo;
    int pct;
    boolean writeOffOverridden, excluded, ageLimited, maxDroveToZero;
    ResolveAllowedFee.Allowed resolvedAllowed;
    final List<Limit> limits = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    WorkingLine(
            EstimateInput in,
            PlanInput plan,
            int ordinal,
            ProcedureInput proc,
            LocalDate dos,
            BigDecimal fee,
            BigDecimal paidOther,
            BigDecimal woOther,
            List<Usage> usage) {
        this.in = in;
        this.plan = plan;
        this.proc = proc;
        this.dos = dos;
        this.fee = fee;
        this.woOther = woOther;
        this.usage = usage;
        this.s = in.settings();
        this.type = plan.planType();
        this.code = proc.code();
        this.cats = in.categoriesOf(code);
        this.catsOf = in::categoriesOf;
        this.age = CheckAgeLimit.ageAt(in.birthdate(), dos);
        this.rows = PreferPatientOverrides.apply(plan.benefits());
        this.fees = plan.feesFor(proc.ref());
        this.year = BenefitYear.containing(dos, plan.benefitYearStartMonth());
        this.exclusionUcr = plan.exclusionUsesUcrFee() != null ? plan.exclusionUsesUcrFee() : s.exclusionUsesUcrFee();
        this.zeroWoOnMax = plan.zeroWriteoffOnMax() != null ? plan.zeroWriteoffOnMax() : !s.writeoffOnMaxReached();
        this.zeroWoOnFreqAge = plan.zeroWriteoffOnFrequencyOrAge() != null
                ? plan.zeroWriteoffOnFrequencyOrAge()
                : !s.writeoffOnFrequencyLimit();
        this.o = proc.overrideFor(ordinal);
        this.planId = plan.id();
        this.ordinal = ordinal;
        this.paidOther = paidOther;
        if (o.paidByOtherPlans() != null) {
            this.paidOther = o.paidByOtherPlans();
            notes.add("Paid by other plans entered by the office: " + Cents.show(this.paidOther));
        }
    }

    /** A stored benefit the engine does not apply is named on every line its target covers (§3 "Stored but not applied"). */
    void noteUnusedBenefits() {
        for (UnusedBenefit u : plan.unusedBenefits()) {
            if (MatchBenefits.covers(u.target(), code, cats)) notes.add("Benefit not applied: " + u.reason());
        }
    }

    /** Step 3. */
    void resolveAllowedFee() {
        resolvedAllowed = ResolveAllowedFee.allowed(type, fees, fee, proc.units(), s.outOfNetworkBlankLikeZero());
        allowed = resolvedAllowed.amount();
        if (o.allowedFee() != null) {
            allowed = Cents.min(o.allowedFee(), fee);
            notes.add("Allowed fee entered by the office: " + Cents.show(allowed));
        }
    }

    /** Step 4; the exclusion of step 8 is decided here too, as capitation needs it at once. */
    void resolveCopay() {
        copay = ResolveCopay.copay(
                type,
                fees,
                allowed,
                proc.units(),
                plan.hasCopaySchedule(),
                s,
                resolvedAllowed.substituted() && o.allowedFee() == null);
        if (o.copay() != null) {
            copay = Cents.min(o.copay(), allowed);
            notes.add("Copay entered by the office: " + Cents.show(copay));
        }
        excluded = CheckExclusion.excluded(rows, code, cats, age);
    }

    /** A capitation plan pays nothing per procedure: the patient pays the copay, the rest is written off. */
    void capitation() {
        pct = 100;
        base = BigDecimal.ZERO;
        ins = BigDecimal.ZERO;
        wo = excluded && exclusionUcr ? BigDecimal.ZERO : allowed.subtract(copay);
        if (excluded) {
            exclusion();
        }
        notes.add("Capitation: the patient pays the copay, the rest is written off");
    }

    /** Step 6. */
    void resolveCoinsurance() {
        pct = ResolveCoinsurance.percent(type, rows, code, cats, age);
        ResolveCoinsurance.matchingRow(rows, code, cats, age)
                .ifPresent(chosen -> noteOverlap(
                        chosen,
                        ResolveCoinsurance.groupRows(rows, code, cats, age).stream()
                                .filter(r -> r != chosen)
                                .toList(),
                        "percentage",
                        "higher-order group's"));
        if (o.coveragePercent() != null) {
            pct = o.coveragePercent();
            notes.add("Coverage percent entered by the office: " + pct + " %");
        }
    }

    /** Step 5, then the base and insurance estimates of step 6. */
    void applyDeductible() {
        BigDecimal afterCopay = allowed.subtract(copay);
        boolean takesDeductible = in.applyLimits()
                && pct > 0
                && !excluded
                && type != PlanType.FLAT_COPAY
                && (type != PlanType.PPO_FIXED_BENEFIT
                        || ResolveCoinsurance.matchingRow(rows, code, cats, age).isPresent());
        if (takesDeductible) {
            ApplyDeductible.Remaining remaining = ApplyDeductible.remaining(
                    rows, code, cats, age, dos, year, usage, catsOf, in.roles(), plan.orthoCategoryId());
            ded = Cents.min(remaining.amount(), afterCopay);
            if (ded.signum() > 0) notes.add("Deductible " + Cents.show(ded) + " applied");
            if (remaining.note() != null) notes.add(remaining.note());
        }
        if (o.deductible() != null) {
            ded = Cents.min(o.deductible(), afterCopay);
            notes.add("Deductible entered by the office: " + Cents.show(ded));
        }
        base = Cents.percent(afterCopay, pct);
        ins = Cents.percent(afterCopay.subtract(ded), pct);
        if (pct == 0) {
            limits.add(Limit.NOT_COVERED);
            notes.add("Not covered: the plan has no coinsurance for " + code);
        }
    }

    /** Step 7. */
    void coordinateBenefits() {
        if (ordinal < 2) {
            return;
        }
        BigDecimal own = ins;
        CobRule rule = plan.cobRule();
        ins = CoordinateBenefits.cap(rule, ordinal, ins, allowed, fee, paidOther, woOther);
        base = CoordinateBenefits.cap(rule, ordinal, base, allowed, fee, paidOther, woOther);
        if (ins.compareTo(own) < 0) {
            notes.add(CoordinateBenefits.explain(rule, ordinal, own, ins, allowed, fee, paidOther, woOther));
        }
    }

    /** Step 8. */
    void applyExclusion() {
        if (excluded) {
            base = BigDecimal.ZERO;
            ins = BigDecimal.ZERO;
            exclusion();
        }
    }

    /** Step 9a (Our rule E22: the deductible is zeroed too). */
    void checkAgeLimit() {
        if (!in.applyLimits()) {
            return;
        }
        OptionalInt through = CheckAgeLimit.exceeded(rows, code, cats, age);
        if (through.isPresent()) {
            ageLimited = true;
            ins = BigDecimal.ZERO;
            ded = BigDecimal.ZERO;
            limits.add(Limit.AGE_LIMIT);
            notes.add("Age limitation: covered through age " + through.getAsInt() + ", patient is " + age);
        }
    }

    /** Step 9b: the individual maximum, then the family one. */
    void capAtMaximums() {
        if (!in.applyLimits() || ins.signum() <= 0) {
            return;
        }
        BigDecimal before = ins;
        for (boolean family : new boolean[] {false, true}) {
            for (BenefitRow max : CapAtAnnualMaximum.applicable(rows, family, code, cats, age)) {
                noteOverlap(max, CapAtAnnualMaximum.overlapping(rows, max, code, cats, age), "maximum", "lower");
                BigDecimal remaining = Cents.floor0(CapAtAnnualMaximum.remaining(max, rows, usage, year, catsOf));
                if (remaining.compareTo(ins) < 0) {
                    ins = remaining;
                    Limit limit = CapAtAnnualMaximum.limitOf(max, plan.orthoCategoryId());
                    if (!limits.contains(limit)) limits.add(limit);
                    notes.add((max.target() instanceof Target.CodeGroup g
                                    ? "Code group maximum (" + g.name() + ")"
                                    : EstimationEngine.describe(limit))
                            + " leaves " + Cents.show(remaining));
                }
            }
        }
        maxDroveToZero = before.signum() > 0 && ins.signum() == 0;
    }

    /** Names the code group whose row applies where several code groups holding the code carry one (§13 E35). */
    void noteOverlap(BenefitRow chosen, List<BenefitRow> others, String what, String which) {
        if (others.isEmpty() || !(chosen.target() instanceof Target.CodeGroup g)) return;
        String rest = others.stream()
                .map(r -> ((Target.CodeGroup) r.target()).name())
                .distinct()
                .filter(n -> !n.equals(g.name()))
                .collect(java.util.stream.Collectors.joining(", "));
        if (!rest.isEmpty()) {
            notes.add("Code groups " + g.name() + " and " + rest + " both hold " + code + ": the " + which + " " + what
                    + ", of " + g.name() + ", applies");
        }
    }

    /** Step 11. */
    void round() {
        base = Cents.round(base);
        ins = Cents.round(ins);
    }

    /** Step 10. */
    void estimateWriteOff() {
        if (exclusionUcr && (excluded || pct == 0)) {
            wo = EstimationEngine.isPpo(type) ? BigDecimal.ZERO : null;
        } else if (ordinal == 2 && plan.cobRule() == CobRule.SECONDARY_MEDICAID) {
            wo = EstimateWriteOff.medicaid(fee, ins, paidOther, woOther);
            if (wo.signum() > 0) notes.add("Secondary Medicaid: the balance of " + Cents.show(wo) + " is written off");
        } else if (EstimationEngine.isPpo(type) && resolvedAllowed.substituted() && !plan.ppoSubstitutionWriteoffs()) {
            wo = BigDecimal.ZERO;
        } else if (EstimationEngine.isPpo(type)) {
            wo = EstimateWriteOff.ppo(
                    fee, resolvedAllowed.charted(), ins, paidOther, woOther, s.ppoSecondaryWriteoffs());
        }
    }

    /** Step 12: no write-off when the maximum or an age limit drove the estimate to zero. */
    void zeroWriteOffWhenLimitsLeaveTheFee() {
        if (wo != null && wo.signum() > 0 && ((maxDroveToZero && zeroWoOnMax) || (ageLimited && zeroWoOnFreqAge))) {
            wo = BigDecimal.ZERO;
            notes.add(
                    "No write-off: the " + (ageLimited ? "age limit" : "maximum") + " leaves the patient the full fee");
        }
    }

    /** Step 13. */
    void checkFrequency() {
        Optional<String> frequency = in.applyLimits() && s.checkFrequency()
                ? CheckFrequency.met(rows, proc, dos, cats, plan.benefitYearStartMonth(), usage, catsOf)
                : Optional.empty();
        if (frequency.isEmpty()) {
            return;
        }
        zero();
        limits.add(Limit.FREQUENCY);
        notes.add(frequency.get());
        if (wo != null && wo.signum() > 0 && zeroWoOnFreqAge) {
            wo = BigDecimal.ZERO;
            notes.add("No write-off: the frequency limit leaves the patient the full fee");
        }
    }

    /** Step 14. */
    void checkWaitingPeriod() {
        LocalDate waitingDate = dos.isBefore(in.asOfDate()) ? in.asOfDate() : dos;
        Optional<LocalDate> coveredFrom =
                CheckWaitingPeriod.coveredFrom(rows, code, cats, plan.dateEffective(), waitingDate);
        if (coveredFrom.isPresent()) {
            zero();
            limits.add(Limit.WAITING_PERIOD);
            notes.add("Waiting period: coverage started " + plan.dateEffective() + ", " + code + " is covered from "
                    + coveredFrom.get());
        }
    }

    /**
     * Our rule E20: coverage terminated before the date of service, or under a plan since archived, pays nothing
     * and has no contractual write-off.
     */
    void endAtTermination() {
        if (plan.planArchivedOn() != null) {
            endCoverage("Plan archived on " + plan.planArchivedOn() + ": it pays nothing");
        } else if (plan.dateTerm() != null && dos.isAfter(plan.dateTerm())) {
            endCoverage("Coverage terminated on " + plan.dateTerm());
        }
    }

    private void endCoverage(String note) {
        zero();
        if (wo != null) wo = BigDecimal.ZERO;
        limits.add(Limit.COVERAGE_TERMINATED);
        notes.add(note);
    }

    /** Step 15: an office's insurance estimate or write-off is final, whatever the limits computed. */
    WorkingLine applyOfficeEstimates() {
        if (o.insuranceEstimate() != null) {
            notes.add("Insurance estimate entered by the office: " + Cents.show(o.insuranceEstimate()) + " (calculated "
                    + Cents.show(ins) + ")");
            ins = o.insuranceEstimate();
        }
        if (o.writeOff() != null) {
            notes.add("Write-off entered by the office: " + Cents.show(o.writeOff())
                    + (wo == null ? "" : " (calculated " + Cents.show(wo) + ")"));
            wo = o.writeOff();
            writeOffOverridden = true;
        }
        return this;
    }

    private void zero() {
        base = BigDecimal.ZERO;
        ins = BigDecimal.ZERO;
        ded = BigDecimal.ZERO;
    }

    private void exclusion() {
        ded = BigDecimal.ZERO;
        limits.add(Limit.EXCLUSION);
        notes.add("Exclusion: the plan does not cover this code");
    }

    EstimateLine toRecord() {
        return new EstimateLine(
                planId,
                ordinal,
                Cents.round(allowed),
                Cents.round(copay),
                pct,
                Cents.round(ded),
                Cents.round(base),
                Cents.round(paidOther),
                Cents.round(ins),
                wo == null ? null : Cents.round(wo),
                List.copyOf(limits),
                List.copyOf(notes));
    }
}
