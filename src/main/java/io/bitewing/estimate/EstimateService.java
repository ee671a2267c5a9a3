package io.bitewing.estimate;

import io.bitewing.benefit.Benefit;
import io.bitewing.benefit.BenefitService;
import io.bitewing.coverage.CoverageCategory;
import io.bitewing.coverage.CoverageLookup;
import io.bitewing.coverage.codegroup.CodeGroup;
import io.bitewing.coverage.codegroup.CodeGroupService;
import io.bitewing.estimate.engine.BenefitRow;
import io.bitewing.estimate.engine.CategoryRoles;
import io.bitewing.estimate.engine.CodeCategories;
import io.bitewing.estimate.engine.EstimateInput;
import io.bitewing.estimate.engine.EstimateResult;
import io.bitewing.estimate.engine.EstimationEngine;
import io.bitewing.estimate.engine.HistoryRow;
import io.bitewing.estimate.engine.LineOverride;
import io.bitewing.estimate.engine.PlanFees;
import io.bitewing.estimate.engine.PlanInput;
import io.bitewing.estimate.engine.ProcedureInput;
import io.bitewing.estimate.engine.Settings;
import io.bitewing.estimate.engine.Target;
import io.bitewing.feeassignment.FeeAssignment;
import io.bitewing.estimatebook.BookAllowedFees;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeResolution;
import io.bitewing.feeschedule.FeeSchedule;
import io.bitewing.feeschedule.FeeScheduleService;
import io.bitewing.history.ClaimHistoryService;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.plan.PlanSubstitution;
import io.bitewing.plan.PlanSubstitutionService;
import io.bitewing.practice.location.LocationService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.practice.provider.ProviderService;
import io.bitewing.settings.InsuranceSettings;
import io.bitewing.settings.SettingsService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the estimation engine's input from the other modules in a fixed number of queries (patient, coverages,
 * settings, codes, categories, history once; plan, benefits and fee assignments once per coverage; fees once per
 * distinct date of service and provider), runs the engine and shapes its answer for the wire.
 */
@Service
@Transactional(readOnly = true)
public class EstimateService {

    /** Codes whose categories play a part in some rules: comprehensive ortho, a periodic exam, an adult prophy. */
    private static final String ORTHO_PROBE = "D8080", DIAGNOSTIC_PROBE = "D0120", PREVENTIVE_PROBE = "D1110";

    private static final Set<Kind> KINDS = EnumSet.of(Kind.ucr, Kind.primary, Kind.copay, Kind.out_of_network, Kind.allowed,
            Kind.manual_blue_book);

    private final PatientService patients;
    private final PatientPlanService patientPlans;
    private final PlanService plans;
    private final BenefitService benefits;
    private final CodeGroupService codeGroups;
    private final CoverageLookup coverage;
    private final ProcedureCodeService procedureCodes;
    private final LocationService locations;
    private final ProviderService providers;
    private final FeeResolution feeResolution;
    private final FeeScheduleService feeSchedules;
    private final ClaimHistoryService history;
    private final SettingsService settings;
    private final PlanSubstitutionService substitutions;
    private final BookAllowedFees bookFees;

    EstimateService(PatientService patients, PatientPlanService patientPlans, PlanService plans,
            BenefitService benefits, CodeGroupService codeGroups, CoverageLookup coverage,
            ProcedureCodeService procedureCodes, LocationService locations, ProviderService providers,
            FeeResolution feeResolution,
            FeeScheduleService feeSchedules, ClaimHistoryService history, SettingsService settings,
            PlanSubstitutionService substitutions, BookAllowedFees bookFees) {
        this.substitutions = substitutions;
        this.bookFees = bookFees;
        this.patients = patients;
        this.patientPlans = patientPlans;
        this.plans = plans;
        this.benefits = benefits;
        this.codeGroups = codeGroups;
        this.coverage = coverage;
        this.procedureCodes = procedureCodes;
        this.locations = locations;
        this.providers = providers;
        this.feeResolution = feeResolution;
        this.feeSchedules = feeSchedules;
        this.history = history;
        this.settings = settings;
    }

    /** One coverage with what was loaded for it: the fee schedule of each kind after the patient plan's override. */
    record Coverage(PatientPlan patientPlan, Plan plan, List<Benefit> benefits, Map<Kind, UUID> schedules,
            UUID estimateBook, Map<String, PlanSubstitution> links) {
        UUID schedule(Kind kind) {
            return schedules.get(kind);
        }
    }

    /** A planned procedure after validation: its code and the date and provider its fees are looked up for. */
    record Planned(int index, String ref, ProcedureCode code, EstimateRequests.Procedure body, LocalDate date) {}

    /** 404 for an unknown patient; 422 naming the field for codes, coverages or a location that do not fit. */
    Estimate estimate(Tenant tenant, EstimateRequests.Create body) {
        Patient patient = patients.get(tenant, body.patientUuid());
        LocalDate asOf = body.asOfDate() == null ? LocalDate.now(ZoneOffset.UTC) : body.asOfDate();
        var problems = new ArrayList<FieldProblem>();

        var wanted = body.procedures().stream().map(p -> normalise(p.procedureCode())).toList();
        Map<String, ProcedureCode> codes = procedureCodes.findByCodes(tenant, wanted);
        var planned = new ArrayList<Planned>();
        for (int i = 0; i < body.procedures().size(); i++) {
            var p = body.procedures().get(i);
            ProcedureCode code = codes.get(wanted.get(i));
            if (code == null) {
                problems.add(FieldProblem.at(List.of("body", "procedures", i, "procedure_code"),
                        "unknown procedure code " + wanted.get(i), "value_error"));
                continue;
            }
            String ref = p.ref() == null ? "p" + (i + 1) : p.ref();
            planned.add(new Planned(i, ref, code, p, p.dateOfService() == null ? asOf : p.dateOfService()));
        }
        List<PatientPlan> chosen = coverages(tenant, patient, body.patientPlanUuids(), problems);
        UUID location = location(tenant, body.locationUuid(), problems);
        requireKnownProviders(tenant, body.procedures(), problems);
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }

        InsuranceSettings practice = settings.get(tenant);
        List<Coverage> loaded = load(tenant, chosen, location, asOf);
        Map<UUID, List<HistoryRow>> past = history(tenant, patient, loaded);
        var allCodes = new HashSet<>(codes.keySet());
        allCodes.addAll(historyCodes(past));
        allCodes.addAll(List.of(ORTHO_PROBE, DIAGNOSTIC_PROBE, PREVENTIVE_PROBE));
        Map<String, List<CoverageCategory>> containing = coverage.categoriesContaining(tenant, allCodes);

        // Fees: one query per distinct (date of service, provider).
        Set<UUID> schedules = new LinkedHashSet<>();
        loaded.forEach(c -> schedules.addAll(c.schedules().values()));
        UUID ucrSchedule = loaded.isEmpty()
                ? feeResolution.resolveAssignments(tenant, location, EnumSet.of(Kind.ucr), null, null, asOf).values()
                        .stream().findFirst().map(r -> r.assignment().feeSchedule().id()).orElse(null)
                : loaded.get(0).schedule(Kind.ucr);
        if (ucrSchedule != null) {
            schedules.add(ucrSchedule);
        }
        UUID billedSchedule = loaded.isEmpty() ? null : billedSchedule(loaded.get(0));
        // Downgrades: the code each coverage pays a procedure as, when the plan substitutes (estimation.md §4 step 3).
        var substitutes = new HashMap<List<Object>, String>();
        for (Coverage c : loaded) {
            for (Planned p : planned) {
                String sub = substitute(c, p);
                if (sub != null && !sub.equals(p.code().code())) {
                    substitutes.put(List.of(c.patientPlan().id(), p.index()), sub);
                }
            }
        }
        var allProcedureCodes = new HashMap<>(codes);
        var unknownSubstitutes = substitutes.values().stream().filter(c -> !codes.containsKey(c)).distinct().toList();
        if (!unknownSubstitutes.isEmpty()) {
            allProcedureCodes.putAll(procedureCodes.findByCodes(tenant, unknownSubstitutes));
        }
        var substituteIds = new HashMap<List<Object>, UUID>();
        substitutes.forEach((key, code) -> {
            ProcedureCode found = allProcedureCodes.get(code);
            if (found != null) {
                substituteIds.put(key, found.id());
            }
        });
        Map<List<UUID>, BigDecimal> booked = bookFees(tenant, loaded, allProcedureCodes.values());
        var fees = new HashMap<Integer, Map<List<UUID>, BigDecimal>>();
        var groups = new LinkedHashMap<List<Object>, List<Planned>>();
        planned.forEach(p -> groups.computeIfAbsent(java.util.Arrays.asList(p.date(), p.body().providerUuid()),
                k -> new ArrayList<>()).add(p));
        for (var group : groups.entrySet()) {
            LocalDate date = (LocalDate) group.getKey().get(0);
            UUID provider = (UUID) group.getKey().get(1);
            var found = new HashMap<List<UUID>, BigDecimal>();
            var codeIds = new LinkedHashSet<UUID>();
            for (Planned p : group.getValue()) {
                codeIds.add(p.code().id());
                loaded.forEach(c -> {
                    UUID sub = substituteIds.get(List.of(c.patientPlan().id(), p.index()));
                    if (sub != null) {
                        codeIds.add(sub);
                    }
                });
            }
            feeSchedules.resolveFees(tenant, schedules, codeIds, location, provider, date)
                    .forEach(f -> found.put(List.of(f.scheduleId(), f.procedureCodeId()), f.amount()));
            found.putAll(booked);
            group.getValue().forEach(p -> fees.put(p.index(), found));
        }

        var procedures = new ArrayList<ProcedureInput>();
        for (Planned p : planned) {
            BigDecimal fee = p.body().fee();
            if (fee == null) {
                fee = firstNonNull(feeOf(fees.get(p.index()), billedSchedule, p.code().id()),
                        feeOf(fees.get(p.index()), ucrSchedule, p.code().id()));
                if (fee == null) {
                    problems.add(FieldProblem.at(List.of("body", "procedures", p.index(), "fee"),
                            "no UCR fee for " + p.code().code() + " at the location; send the fee", "value_error"));
                    continue;
                }
            }
            procedures.add(new ProcedureInput(String.valueOf(p.index()), p.code().code(), fee,
                    p.body().units() == null ? 1 : p.body().units(), p.date(), p.body().tooth(), p.body().surfaces(),
                    p.body().toothRange(), overrides(p, loaded.size(), problems)));
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }

        var categoryNames = new HashMap<String, CoverageCategory>();
        var categories = categories(containing, categoryNames);
        String ortho = orthoCategory(categories, categoryNames);

        var inputs = plans(tenant, loaded, planned, fees, substituteIds, practice, ortho, past);
        var input = new EstimateInput(patient.birthdate(), inputs, categories, settings(practice), procedures, asOf,
                body.mode() == EstimateRequests.Mode.independent ? EstimateInput.Mode.INDEPENDENT : EstimateInput.Mode.TREATMENT_PLAN,
                body.applyLimits() == null || body.applyLimits(), new CategoryRoles(
                        winner(categories, DIAGNOSTIC_PROBE), winner(categories, PREVENTIVE_PROBE)));
        EstimateResult result = EstimationEngine.estimate(input);
        return EstimateResponses.of(patient, asOf,
                body.mode() == null ? EstimateRequests.Mode.treatment_plan : body.mode(), loaded, planned,
                categoryNames, result);
    }

    /** The office's line overrides of a procedure by ordinal; 422 for an ordinal without a plan or given twice. */
    private static Map<Integer, LineOverride> overrides(Planned p, int plans, List<FieldProblem> problems) {
        var byOrdinal = new HashMap<Integer, LineOverride>();
        List<EstimateRequests.LineOverride> given = p.body().overrides() == null ? List.of() : p.body().overrides();
        for (int j = 0; j < given.size(); j++) {
            var o = given.get(j);
            var at = List.<Object>of("body", "procedures", p.index(), "overrides", j, "ordinal");
            if (o.ordinal() > plans) {
                problems.add(FieldProblem.at(at, "the estimate has " + plans + " plan(s)", "value_error"));
            } else if (byOrdinal.put(o.ordinal(), new LineOverride(o.allowedFee(), o.copay(), o.deductible(),
                    o.coveragePercent(), o.paidByOtherPlans(), o.insuranceEstimate(), o.writeOff())) != null) {
                problems.add(FieldProblem.at(at, "one override per ordinal", "value_error"));
            }
        }
        return byOrdinal;
    }

    /** The plans part of an estimate without procedures. */
    Estimate.RemainingBenefits remaining(Tenant tenant, UUID patientId, LocalDate asOfDate) {
        Patient patient = patients.get(tenant, patientId);
        LocalDate asOf = asOfDate == null ? LocalDate.now(ZoneOffset.UTC) : asOfDate;
        InsuranceSettings practice = settings.get(tenant);
        List<Coverage> loaded = load(tenant, patientPlans.inForceForPatient(tenant, patientId), null, asOf);
        Map<UUID, List<HistoryRow>> past = history(tenant, patient, loaded);
        var codes = historyCodes(past);
        codes.add(ORTHO_PROBE);
        var categoryNames = new HashMap<String, CoverageCategory>();
        var categories = categories(coverage.categoriesContaining(tenant, codes), categoryNames);
        var inputs = plans(tenant, loaded, List.of(), Map.of(), Map.of(), practice,
                orthoCategory(categories, categoryNames), past);
        var input = new EstimateInput(patient.birthdate(), inputs, categories, settings(practice), List.of(), asOf,
                EstimateInput.Mode.TREATMENT_PLAN, true);
        EstimateResult result = EstimationEngine.estimate(input);
        var full = EstimateResponses.of(patient, asOf, EstimateRequests.Mode.treatment_plan, loaded, List.of(),
                Map.of(), result);
        return new Estimate.RemainingBenefits(full.patient(), asOf, full.plans());
    }

    private List<PatientPlan> coverages(Tenant tenant, Patient patient, List<UUID> ids, List<FieldProblem> problems) {
        if (ids == null) {
            return patientPlans.inForceForPatient(tenant, patient.id());
        }
        Map<UUID, PatientPlan> found = patientPlans.findAll(tenant, ids);
        var chosen = new ArrayList<PatientPlan>();
        for (int i = 0; i < ids.size(); i++) {
            PatientPlan pp = found.get(ids.get(i));
            if (pp == null || !pp.patientId().equals(patient.id()) || pp.deletedAt() != null
                    || chosen.contains(pp)) {
                problems.add(FieldProblem.at(List.of("body", "patient_plan_uuids", i),
                        "not an insurance plan of this patient", "value_error"));
            } else {
                chosen.add(pp);
            }
        }
        return chosen;
    }

    /** An unknown provider would silently pick another fee than the one the provider charges: 422 instead. */
    private void requireKnownProviders(Tenant tenant, List<EstimateRequests.Procedure> procedures,
            List<FieldProblem> problems) {
        var given = procedures.stream().map(EstimateRequests.Procedure::providerUuid).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        if (given.isEmpty()) {
            return;
        }
        var known = providers.refs(tenant, given);
        for (int i = 0; i < procedures.size(); i++) {
            UUID provider = procedures.get(i).providerUuid();
            if (provider != null && !known.containsKey(provider)) {
                problems.add(FieldProblem.at(List.of("body", "procedures", i, "provider_uuid"),
                        "unknown provider in this organisation", "value_error"));
            }
        }
    }

    private UUID location(Tenant tenant, UUID given, List<FieldProblem> problems) {
        if (given != null) {
            if (locations.refs(tenant, List.of(given)).isEmpty()) {
                problems.add(FieldProblem.body("location_uuid", "unknown location", "value_error"));
            }
            return given;
        }
        var only = locations.onlyLive(tenant);
        if (only.isEmpty()) {
            problems.add(FieldProblem.body("location_uuid",
                    "required unless the organisation has exactly one live location", "missing"));
            return null;
        }
        return only.get();
    }

    /** Every coverage's plan, effective benefits and fee slots, each kind of read in one query for all of them. */
    private List<Coverage> load(Tenant tenant, List<PatientPlan> chosen, UUID location, LocalDate asOf) {
        boolean estimating = location != null;
        Map<UUID, Plan> plansById = plans.findAll(tenant, chosen.stream().map(PatientPlan::planId).toList());
        var planOfCoverage = new LinkedHashMap<UUID, Plan>();
        chosen.forEach(pp -> planOfCoverage.put(pp.id(), plansById.get(pp.planId())));
        Map<UUID, List<Benefit>> effective = benefits.effective(tenant, planOfCoverage);
        var carrierOfPlan = new HashMap<UUID, UUID>();
        plansById.values().forEach(plan -> carrierOfPlan.put(plan.id(), plan.carrier().id()));
        Map<UUID, Map<Kind, FeeResolution.Resolved>> slots = estimating
                ? feeResolution.resolveAssignments(tenant, location, KINDS, carrierOfPlan, asOf)
                : Map.of();
        var loaded = new ArrayList<Coverage>();
        for (PatientPlan pp : chosen) {
            Plan plan = planOfCoverage.get(pp.id());
            var schedules = new EnumMap<Kind, UUID>(Kind.class);
            Map<Kind, FeeResolution.Resolved> resolved = slots.getOrDefault(plan.id(), Map.of());
            resolved.forEach((kind, r) -> {
                if (!locationDefaultPpoSchedule(plan, kind, r)) {
                    schedules.put(kind, r.assignment().feeSchedule().id());
                }
            });
            if (estimating) {
                if (pp.feeSchedule() != null) {
                    feeSchedules.find(tenant, pp.feeSchedule().id()).map(EstimateService::overriddenKind)
                            .ifPresent(kind -> schedules.put(kind, pp.feeSchedule().id()));
                }
            }
            var links = new HashMap<String, PlanSubstitution>();
            if (plan.substitutionCodeBehavior() != Plan.SubstitutionCodeBehavior.none && estimating) {
                substitutions.list(tenant, plan.id()).forEach(l -> links.put(l.code(), l));
            }
            loaded.add(new Coverage(pp, plan, effective.get(pp.id()), schedules, estimateBook(plan, resolved), links));
        }
        return loaded;
    }

    /** Every coverage's subscription history in one query, as engine rows keyed by subscription. */
    private Map<UUID, List<HistoryRow>> history(Tenant tenant, Patient patient, List<Coverage> loaded) {
        var subscriptions = loaded.stream().map(c -> c.patientPlan().subscriptionId()).distinct().toList();
        var historyBySubscription = new HashMap<UUID, List<HistoryRow>>();
        for (var row : history.forSubscriptions(tenant, subscriptions)) {
            var h = row.row();
            historyBySubscription.computeIfAbsent(row.subscriptionId(), k -> new ArrayList<>()).add(new HistoryRow(
                    h.dateOfService(), h.procedureCode(), HistoryRow.HistoryStatus.valueOf(h.status().name().toUpperCase(Locale.ROOT)),
                    h.insurancePaid(), h.deductibleApplied(), Objects.equals(row.patientId(), patient.id()), h.tooth(),
                    h.surfaces()));
        }

        return historyBySubscription;
    }

    /** Category membership of the codes, the winner last, in one query. */
    private static Map<String, CodeCategories> categories(Map<String, List<CoverageCategory>> containing,
            Map<String, CoverageCategory> names) {
        var categories = new HashMap<String, CodeCategories>();
        containing.forEach((code, list) -> {
            list.forEach(c -> names.put(c.id().toString(), c));
            categories.put(code, new CodeCategories(list.isEmpty() ? null : list.get(list.size() - 1).id().toString(),
                    list.stream().map(c -> c.id().toString()).toList(),
                    list.stream().anyMatch(CoverageCategory::isSystem)));
        });
        return categories;
    }

    /**
     * The Orthodontics category: the one comprehensive orthodontic treatment (D8080) falls in, else one named
     * "Ortho…". An untargeted ortho lifetime maximum applies to it; it names ortho maximums in {@code limited_by}.
     */
    private static String orthoCategory(Map<String, CodeCategories> categories, Map<String, CoverageCategory> names) {
        String ortho = winner(categories, ORTHO_PROBE);
        if (ortho != null) {
            return ortho;
        }
        return names.values().stream().filter(c -> c.categoryName().toLowerCase(Locale.ROOT).startsWith("ortho"))
                .map(c -> c.id().toString()).findFirst().orElse(null);
    }

    private static String winner(Map<String, CodeCategories> categories, String code) {
        CodeCategories found = categories.get(code);
        return found == null ? null : found.winningCategoryId();
    }

    private static Set<String> historyCodes(Map<UUID, List<HistoryRow>> history) {
        var codes = new HashSet<String>();
        history.values().forEach(rows -> rows.stream().map(HistoryRow::code).filter(Objects::nonNull).forEach(codes::add));
        return codes;
    }

    private List<PlanInput> plans(Tenant tenant, List<Coverage> loaded, List<Planned> planned,
            Map<Integer, Map<List<UUID>, BigDecimal>> fees, Map<List<Object>, UUID> substituteIds,
            InsuranceSettings practice, String orthoCategory,
            Map<UUID, List<HistoryRow>> historyBySubscription) {
        var groupIds = new HashSet<UUID>();
        loaded.forEach(c -> c.benefits().stream().filter(b -> b.codeGroup() != null)
                .forEach(b -> groupIds.add(b.codeGroup().id())));
        var groups = new HashMap<UUID, CodeGroup>();
        codeGroups.findAll(tenant, groupIds).forEach(g -> groups.put(g.id(), g));

        var inputs = new ArrayList<PlanInput>();
        for (Coverage c : loaded) {
            Plan plan = c.plan();
            PlanInput.PlanType type = planType(plan.planType());
            var planFees = new HashMap<String, PlanFees>();
            for (Planned p : planned) {
                Map<List<UUID>, BigDecimal> f = fees.getOrDefault(p.index(), Map.of());
                BigDecimal allowed = allowed(c, type, f, p.code().id());
                UUID sub = substituteIds.get(List.of(c.patientPlan().id(), p.index()));
                BigDecimal substituteAllowed = sub == null ? null : allowed(c, type, f, sub);
                BigDecimal copayKind = feeOf(f, c.schedule(Kind.copay), p.code().id());
                planFees.put(String.valueOf(p.index()), type == PlanInput.PlanType.PPO_FIXED_BENEFIT
                        ? new PlanFees(allowed, substituteAllowed, null, copayKind)
                        : new PlanFees(allowed, substituteAllowed, copayKind, null));
            }
            int startMonth = plan.benefitYearStartMonth() != null ? plan.benefitYearStartMonth()
                    : practice.defaultBenefitYearType() == InsuranceSettings.BenefitYearType.fiscal
                            ? practice.defaultFiscalYearStart() : 1;
            String cob = plan.cobRule() != null ? plan.cobRule().name() : practice.defaultCobRule().name();
            var sub = c.patientPlan().subscription();
            inputs.add(new PlanInput(c.patientPlan().id().toString(), type, startMonth,
                    PlanInput.CobRule.valueOf(cob.toUpperCase(Locale.ROOT)),
                    c.benefits().stream().flatMap(b -> rows(b, groups)).toList(), planFees,
                    c.schedule(Kind.copay) != null, orthoCategory, sub.dateEffective(), sub.dateTerm(),
                    historyBySubscription.getOrDefault(sub.id(), List.of()),
                    switch (plan.exclusionFeeRule()) {
                        case use_ucr_fee -> Boolean.TRUE;
                        case do_nothing -> Boolean.FALSE;
                        case practice_default -> null;
                    },
                    triState(plan.zeroWriteoffOnAnnualMax()), triState(plan.zeroWriteoffOnFrequencyOrAge()),
                    plan.writeoffOnSubstitution()));
        }
        return inputs;
    }

    /**
     * The engine rows of a benefit: itself, and for a targeted benefit marked {@code is_deductible_exempt} a
     * deductible of 0 on the same target, the way estimation.md says "deductible does not apply" (§1, §13 E7).
     */
    private static Stream<BenefitRow> rows(Benefit b, Map<UUID, CodeGroup> groups) {
        BenefitRow row = row(b, groups);
        if (!b.isDeductibleExempt() || row.target() instanceof Target.General
                || b.benefitType() == Benefit.BenefitType.deductible) {
            return Stream.of(row);
        }
        return Stream.of(row, new BenefitRow(BenefitRow.BenefitType.DEDUCTIBLE, row.target(), null, BigDecimal.ZERO,
                BenefitRow.TimePeriod.CALENDAR_YEAR, null, null, BenefitRow.CoverageLevel.INDIVIDUAL, null, row.ageMin(),
                row.ageMax(), null, row.scope()));
    }

    private static BenefitRow row(Benefit b, Map<UUID, CodeGroup> groups) {
        Target target;
        if (b.target() instanceof Benefit.Target.Category cat) {
            target = Target.category(cat.id().toString());
        } else if (b.target() instanceof Benefit.Target.Group g) {
            target = Target.group(g.id().toString(),
                    groups.containsKey(g.id()) ? Set.copyOf(groups.get(g.id()).codes()) : Set.of());
        } else if (b.target() instanceof Benefit.Target.Code code) {
            target = Target.code(code.code());
        } else {
            target = Target.general();
        }
        return new BenefitRow(
                BenefitRow.BenefitType.valueOf(b.benefitType().name().toUpperCase(Locale.ROOT)),
                target,
                b.percent(),
                b.monetaryAmt(),
                b.timePeriod() == null ? null : BenefitRow.TimePeriod.valueOf(b.timePeriod().name().toUpperCase(Locale.ROOT)),
                b.quantityQualifier() == null ? null
                        : BenefitRow.QuantityQualifier.valueOf(b.quantityQualifier().name().toUpperCase(Locale.ROOT)),
                b.quantity(),
                b.coverageLevel() == null ? null : BenefitRow.CoverageLevel.valueOf(b.coverageLevel().name().toUpperCase(Locale.ROOT)),
                b.treatArea() == null ? null : BenefitRow.TreatArea.valueOf(b.treatArea().name().toUpperCase(Locale.ROOT)),
                b.ageMin(),
                b.ageMax(),
                b.waitingPeriodMonths(),
                b.isPatientOverride() ? BenefitRow.Scope.PATIENT : BenefitRow.Scope.PLAN);
    }

    static PlanInput.PlanType planType(Plan.PlanType type) {
        return switch (type) {
            case category_percentage -> PlanInput.PlanType.CATEGORY_PERCENTAGE;
            case ppo_percentage -> PlanInput.PlanType.PPO_PERCENTAGE;
            case ppo_fixed_benefit -> PlanInput.PlanType.PPO_FIXED_BENEFIT;
            case medicaid_flat_copay -> PlanInput.PlanType.FLAT_COPAY;
            case capitation -> PlanInput.PlanType.CAPITATION;
        };
    }

    private static Settings settings(InsuranceSettings s) {
        Settings d = Settings.DEFAULTS;
        return new Settings(s.ppoSecondaryWriteoffs(), s.fixedBenefitBlankLikeZero(), s.exclusionUsesUcrFee(),
                s.outOfNetworkBlankLikeZero(), s.checkFrequency(), s.writeoffOnMaxReached(), s.writeoffOnFrequencyLimit(),
                d.copayBlankLikeZero(), d.ppoAlwaysUseUcrFee());
    }

    private static Boolean triState(Plan.TriState t) {
        return t == null || t == Plan.TriState.DEFAULT ? null : t == Plan.TriState.yes;
    }

    private static BigDecimal feeOf(Map<List<UUID>, BigDecimal> fees, UUID schedule, UUID codeId) {
        return schedule == null || fees == null ? null : fees.get(List.of(schedule, codeId));
    }

    /**
     * The plan's allowed amount for a code: the PPO schedule, or for a category plan its estimate book's entry (keyed
     * by patient plan and code), else its out-of-network/allowed schedule (estimation.md §4 step 3).
     */
    private static BigDecimal allowed(Coverage c, PlanInput.PlanType type, Map<List<UUID>, BigDecimal> f, UUID codeId) {
        return type == PlanInput.PlanType.CATEGORY_PERCENTAGE
                ? firstNonNull(f.get(List.of(c.patientPlan().id(), codeId)), firstNonNull(
                        feeOf(f, c.schedule(Kind.out_of_network), codeId), feeOf(f, c.schedule(Kind.allowed), codeId)))
                : feeOf(f, c.schedule(Kind.primary), codeId);
    }

    /** The estimate book a category plan's allowed (else manual_blue_book) assignment names; null when none does. */
    private static UUID estimateBook(Plan plan, Map<Kind, FeeResolution.Resolved> resolved) {
        var r = resolved.getOrDefault(Kind.allowed, resolved.get(Kind.manual_blue_book));
        return plan.planType() != Plan.PlanType.category_percentage || r == null || r.assignment().estimateBook() == null
                ? null : r.assignment().estimateBook().id();
    }

    /**
     * The allowed fees of the estimate books that category plans' allowed (else manual_blue_book) assignments name,
     * for every code, in one query; keyed by patient plan and code id, the same map as the schedule fees.
     */
    private Map<List<UUID>, BigDecimal> bookFees(Tenant tenant, List<Coverage> loaded, Collection<ProcedureCode> codes) {
        var asks = loaded.stream().filter(c -> c.estimateBook() != null)
                .map(c -> new BookAllowedFees.Coverage(c.patientPlan().id(), c.estimateBook(), c.plan().id(),
                        c.plan().carrier().id(), c.plan().groupNumber()))
                .toList();
        var booked = new HashMap<List<UUID>, BigDecimal>();
        bookFees.current(tenant, asks, codes.stream().map(ProcedureCode::id).toList())
                .forEach((patientPlan, byCode) -> byCode.forEach((code, fee) -> booked.put(List.of(patientPlan, code), fee)));
        return booked;
    }

    /**
     * The code a plan pays the procedure as: the substitution code a benefit aimed at the procedure code names (an
     * explicit rule of this plan, whatever its substitution behaviour); else, for a plan that substitutes, its own
     * downgrade link for the code, else the code's substitution code, when the condition holds for the tooth; null
     * when there is none.
     */
    private static String substitute(Coverage c, Planned p) {
        String named = c.benefits().stream()
                .filter(b -> b.substitutionCode() != null && b.procedureCode() != null
                        && b.procedureCode().code().equals(p.code().code()))
                .map(b -> b.substitutionCode().code()).findFirst().orElse(null);
        if (named != null) {
            return normalise(named);
        }
        if (c.plan().substitutionCodeBehavior() == Plan.SubstitutionCodeBehavior.none) {
            return null;
        }
        PlanSubstitution link = c.links().get(p.code().code());
        if (link != null) {
            return Teeth.satisfies(link.condition(), p.body().tooth()) ? link.substituteCode() : null;
        }
        String code = p.code().substitutionCode();
        if (code == null || code.isBlank()) {
            return null;
        }
        return Teeth.satisfies(p.code().substitutionCondition(), p.body().tooth()) ? normalise(code) : null;
    }

    /**
     * The slot a patient plan's own fee schedule replaces for that patient, by what the schedule holds: an office
     * schedule is the patient's billed (UCR) fee, Open Dental's patient fee schedule; a normal insurance schedule is
     * the plan's fee schedule (PPO allowed fees, the billed fee of a flat-copay plan); copay, fixed-benefit,
     * out-of-network and allowed schedules take their own slots.
     */
    static Kind overriddenKind(FeeSchedule schedule) {
        return switch (schedule.feeSchedType()) {
            case normal -> schedule.purpose() == FeeSchedule.Purpose.office ? Kind.ucr : Kind.primary;
            case copay, fixed_benefit -> Kind.copay;
            case out_of_network -> Kind.out_of_network;
            case allowed, manual_blue_book -> Kind.allowed;
        };
    }

    /**
     * A location's default {@code primary} schedule holds in-network (PPO) fees; a category plan, out of network, has a
     * fee schedule of its own only when one is assigned to it or its carrier.
     */
    private static boolean locationDefaultPpoSchedule(Plan plan, Kind kind, FeeResolution.Resolved r) {
        return kind == Kind.primary && plan.planType() == Plan.PlanType.category_percentage
                && r.level() == FeeAssignment.Level.location;
    }

    /**
     * A flat-copay, category or capitation primary bills its own fee schedule when it lists the code (estimation.md
     * §1 "UCR fee", §7); otherwise, and for PPO plans, the billed fee is the UCR fee.
     */
    private static UUID billedSchedule(Coverage primary) {
        return switch (primary.plan().planType()) {
            case medicaid_flat_copay, category_percentage, capitation -> primary.schedule(Kind.primary);
            case ppo_percentage, ppo_fixed_benefit -> null;
        };
    }

    private static BigDecimal firstNonNull(BigDecimal a, BigDecimal b) {
        return a != null ? a : b;
    }

    private static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
