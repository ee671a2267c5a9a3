package io.bitewing.estimate;

import io.bitewing.benefit.Benefit;
import io.bitewing.coverage.CoverageCategory;
import io.bitewing.coverage.codegroup.CodeGroup;
import io.bitewing.estimate.engine.BenefitRow;
import io.bitewing.estimate.engine.CategoryRoles;
import io.bitewing.estimate.engine.CodeCategories;
import io.bitewing.estimate.engine.EstimateInput;
import io.bitewing.estimate.engine.LineOverride;
import io.bitewing.estimate.engine.PlanFees;
import io.bitewing.estimate.engine.PlanInput;
import io.bitewing.estimate.engine.ProcedureInput;
import io.bitewing.estimate.engine.Settings;
import io.bitewing.estimate.engine.Target;
import io.bitewing.estimate.engine.UnusedBenefit;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeSlots;
import io.bitewing.plan.Plan;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.settings.InsuranceSettings;
import io.bitewing.shared.web.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Assembles the engine's one explicit input from a loaded {@link EstimateInputs}. Pure: fees come from
 * {@link FeeSlots}, downgrades were settled by {@link Substitutions} when loading, vocabularies by
 * {@link EngineVocabulary}.
 */
final class EngineInputs {

    private EngineInputs() {}

    /** The engine input; a procedure without a fee, or an override the coverages cannot take, is added to problems. */
    static EstimateInput of(
            EstimateInputs in, EstimateInput.Mode mode, boolean applyLimits, List<FieldProblem> problems) {
        var procedures = new ArrayList<ProcedureInput>();
        for (PlannedProcedure p : in.planned()) {
            BigDecimal fee = p.body().fee() != null ? p.body().fee() : billedFee(in, p);
            if (fee == null) {
                problems.add(FieldProblem.at(
                        List.of("body", "procedures", p.index(), "fee"),
                        "no UCR fee for " + p.code().code() + " at the location; send the fee",
                        "value_error"));
                continue;
            }
            procedures.add(new ProcedureInput(
                    String.valueOf(p.index()),
                    p.code().code(),
                    fee,
                    p.body().units() == null ? 1 : p.body().units(),
                    p.date(),
                    p.body().tooth(),
                    p.body().surfaces(),
                    p.body().toothRange(),
                    overrides(p, in.coverages().size(), problems)));
        }
        Map<String, CodeCategories> categories = categories(in.categoriesOfCode());
        Map<String, CoverageCategory> names = EstimateResponses.categoryNames(in);
        String ortho = orthoCategory(categories, names);
        var plans = in.coverages().stream().map(c -> plan(in, c, ortho)).toList();
        return new EstimateInput(
                in.patient().birthdate(),
                plans,
                categories,
                settings(in.practice()),
                procedures,
                in.asOf(),
                mode,
                applyLimits,
                new CategoryRoles(
                        winner(categories, EstimateInputLoader.DIAGNOSTIC_PROBE),
                        winner(categories, EstimateInputLoader.PREVENTIVE_PROBE),
                        general(names)));
    }

    /** The fee billed for the procedure before the engine's own rules (estimation-rules.md §4 step 2). */
    private static BigDecimal billedFee(EstimateInputs in, PlannedProcedure p) {
        Coverage primary = in.primary();
        UUID code = p.code().id();
        return FeeSlots.billed(
                primary == null ? null : primary.plan().planType(),
                kind -> kind == Kind.ucr
                        ? in.fee(p, in.ucrSchedule(), code)
                        : primary == null ? null : in.fee(p, primary, kind, code));
    }

    /** The office's line overrides of a procedure by ordinal; 422 for an ordinal without a plan or given twice. */
    private static Map<Integer, LineOverride> overrides(PlannedProcedure p, int plans, List<FieldProblem> problems) {
        var byOrdinal = new HashMap<Integer, LineOverride>();
        List<EstimateRequests.LineOverride> given =
                p.body().overrides() == null ? List.of() : p.body().overrides();
        for (int j = 0; j < given.size(); j++) {
            var o = given.get(j);
            var at = List.<Object>of("body", "procedures", p.index(), "overrides", j, "ordinal");
            if (o.ordinal() > plans) {
                problems.add(FieldProblem.at(at, "the estimate has " + plans + " plan(s)", "value_error"));
            } else if (byOrdinal.put(
                            o.ordinal(),
                            new LineOverride(
                                    o.allowedFee(),
                                    o.copay(),
                                    o.deductible(),
                                    o.coveragePercent(),
                                    o.paidByOtherPlans(),
                                    o.insuranceEstimate(),
                                    o.writeOff()))
                    != null) {
                problems.add(FieldProblem.at(at, "one override per ordinal", "value_error"));
            }
        }
        return byOrdinal;
    }

    private static PlanInput plan(EstimateInputs in, Coverage c, String orthoCategory) {
        Plan plan = c.plan();
        PlanInput.PlanType type = EngineVocabulary.planType(plan.planType());
        var planFees = new HashMap<String, PlanFees>();
        for (PlannedProcedure p : in.planned()) {
            ProcedureCode sub = in.substitute(c, p);
            BigDecimal allowed = allowed(in, c, p, p.code().id());
            BigDecimal substituteAllowed = sub == null ? null : allowed(in, c, p, sub.id());
            BigDecimal copayKind = in.fee(p, c, Kind.copay, p.code().id());
            BigDecimal substituteCopayKind = sub == null ? null : in.fee(p, c, Kind.copay, sub.id());
            planFees.put(
                    String.valueOf(p.index()),
                    type == PlanInput.PlanType.PPO_FIXED_BENEFIT
                            ? new PlanFees(allowed, substituteAllowed, null, copayKind, substituteCopayKind)
                            : new PlanFees(allowed, substituteAllowed, copayKind, null));
        }
        InsuranceSettings practice = in.practice();
        int startMonth = benefitYearStartMonth(in, plan);
        var sub = c.patientPlan().subscription();
        return new PlanInput(
                c.id().toString(),
                type,
                startMonth,
                plan.cobRule() != null
                        ? EngineVocabulary.cobRule(plan.cobRule())
                        : EngineVocabulary.cobRule(practice.defaultCobRule()),
                c.benefits().stream()
                        .filter(b -> b.benefitType() != Benefit.BenefitType.active_coverage)
                        .flatMap(b -> rows(b, in.codeGroups()))
                        .toList(),
                c.benefits().stream()
                        .filter(b -> b.notApplied() != null)
                        .map(b -> new UnusedBenefit(row(b, in.codeGroups()).target(), b.notApplied()))
                        .toList(),
                planFees,
                c.schedule(Kind.copay) != null,
                orthoCategory,
                sub.dateEffective(),
                sub.dateTerm(),
                plan.deletedAt() == null ? null : LocalDate.ofInstant(plan.deletedAt(), ZoneOffset.UTC),
                in.historyOf(c, startMonth).history(),
                EngineVocabulary.exclusionUsesUcrFee(plan.exclusionFeeRule()),
                EngineVocabulary.triState(plan.zeroWriteoffOnAnnualMax()),
                EngineVocabulary.triState(plan.zeroWriteoffOnFrequencyOrAge()),
                plan.writeoffOnSubstitution(),
                ReportedEligibility.outOfPocketRemaining(in.reported().get(c.id()), plan, startMonth, in.asOf()));
    }

    /** The month the plan's benefit year starts: its own, else the practice's default (§1 "Benefit year"). */
    static int benefitYearStartMonth(EstimateInputs in, Plan plan) {
        InsuranceSettings practice = in.practice();
        return plan.benefitYearStartMonth() != null
                ? plan.benefitYearStartMonth()
                : practice.defaultBenefitYearType() == InsuranceSettings.BenefitYearType.fiscal
                        ? practice.defaultFiscalYearStart()
                        : 1;
    }

    private static BigDecimal allowed(EstimateInputs in, Coverage c, PlannedProcedure p, UUID code) {
        return FeeSlots.allowed(c.plan().planType(), in.bookFee(c, code), kind -> in.fee(p, c, kind, code));
    }

    /**
     * The engine rows of a benefit: itself, and for a targeted benefit marked {@code is_deductible_exempt} a
     * deductible of 0 on the same target, the way estimation-rules.md says "deductible does not apply" (§1, §13 E7).
     */
    private static Stream<BenefitRow> rows(Benefit b, Map<UUID, CodeGroup> groups) {
        BenefitRow row = row(b, groups);
        if (!b.isDeductibleExempt()
                || row.target() instanceof Target.General
                || b.benefitType() == Benefit.BenefitType.deductible) {
            return Stream.of(row);
        }
        return Stream.of(
                row,
                new BenefitRow(
                        BenefitRow.BenefitType.DEDUCTIBLE,
                        row.target(),
                        null,
                        BigDecimal.ZERO,
                        BenefitRow.TimePeriod.CALENDAR_YEAR,
                        null,
                        null,
                        BenefitRow.CoverageLevel.INDIVIDUAL,
                        null,
                        row.ageMin(),
                        row.ageMax(),
                        null,
                        row.scope()));
    }

    private static BenefitRow row(Benefit b, Map<UUID, CodeGroup> groups) {
        Target target;
        if (b.target() instanceof Benefit.Target.Category cat) {
            target = Target.category(cat.id().toString());
        } else if (b.target() instanceof Benefit.Target.Group g) {
            CodeGroup group = groups.get(g.id());
            target = group == null
                    ? Target.group(g.id().toString(), Set.of())
                    : Target.group(g.id().toString(), Set.copyOf(group.codes()), group.name(), group.itemOrder());
        } else if (b.target() instanceof Benefit.Target.Code code) {
            target = Target.code(code.code());
        } else {
            target = Target.general();
        }
        return new BenefitRow(
                EngineVocabulary.benefitType(b.benefitType()),
                target,
                b.percent(),
                b.monetaryAmt(),
                EngineVocabulary.timePeriod(b.timePeriod()),
                EngineVocabulary.quantityQualifier(b.quantityQualifier()),
                b.quantity(),
                EngineVocabulary.coverageLevel(b.coverageLevel()),
                EngineVocabulary.treatArea(b.treatArea()),
                b.ageMin(),
                b.ageMax(),
                b.waitingPeriodMonths(),
                b.isPatientOverride() ? BenefitRow.Scope.PATIENT : BenefitRow.Scope.PLAN);
    }

    /** Category membership of each code, the winning category last. */
    private static Map<String, CodeCategories> categories(Map<String, List<CoverageCategory>> containing) {
        var categories = new HashMap<String, CodeCategories>();
        containing.forEach((code, list) -> categories.put(
                code,
                new CodeCategories(
                        list.isEmpty() ? null : list.get(list.size() - 1).id().toString(),
                        list.stream().map(c -> c.id().toString()).toList(),
                        list.stream().anyMatch(CoverageCategory::isSystem))));
        return categories;
    }

    /**
     * The Orthodontics category: the one comprehensive orthodontic treatment (D8080) falls in, else one named
     * "Ortho…". An untargeted ortho lifetime maximum applies to it; it names ortho maximums in {@code limited_by}.
     */
    private static String orthoCategory(Map<String, CodeCategories> categories, Map<String, CoverageCategory> names) {
        String ortho = winner(categories, EstimateInputLoader.ORTHO_PROBE);
        if (ortho != null) {
            return ortho;
        }
        return names.values().stream()
                .filter(c -> c.categoryName().toLowerCase(Locale.ROOT).startsWith("ortho"))
                .map(c -> c.id().toString())
                .findFirst()
                .orElse(null);
    }

    /** The General category: the one by that name, whose spans say what an untargeted maximum covers. */
    private static String general(Map<String, CoverageCategory> names) {
        return names.values().stream()
                .filter(c -> c.categoryName().strip().equalsIgnoreCase("General"))
                .map(c -> c.id().toString())
                .sorted()
                .findFirst()
                .orElse(null);
    }

    private static String winner(Map<String, CodeCategories> categories, String code) {
        CodeCategories found = categories.get(code);
        return found == null ? null : found.winningCategoryId();
    }

    private static Settings settings(InsuranceSettings s) {
        Settings d = Settings.DEFAULTS;
        return new Settings(
                s.ppoSecondaryWriteoffs(),
                s.fixedBenefitBlankLikeZero(),
                s.exclusionUsesUcrFee(),
                s.outOfNetworkBlankLikeZero(),
                s.checkFrequency(),
                s.writeoffOnMaxReached(),
                s.writeoffOnFrequencyLimit(),
                d.copayBlankLikeZero(),
                d.ppoAlwaysUseUcrFee());
    }
}
