package io.bitewing.estimate;

import io.bitewing.benefit.Benefit;
import io.bitewing.benefit.BenefitService;
import io.bitewing.coverage.CoverageLookup;
import io.bitewing.coverage.codegroup.CodeGroup;
import io.bitewing.coverage.codegroup.CodeGroupService;
import io.bitewing.eligibility.EligibilityService;
import io.bitewing.estimate.EstimateInputs.CoverageCode;
import io.bitewing.estimate.EstimateInputs.CoverageProcedure;
import io.bitewing.estimate.EstimateInputs.FeeLookup;
import io.bitewing.estimate.EstimateInputs.ScheduleCode;
import io.bitewing.estimate.engine.HistoryRow;
import io.bitewing.estimatebook.BookAllowedFees;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeResolution;
import io.bitewing.feeassignment.FeeSlots;
import io.bitewing.feeschedule.FeeScheduleService;
import io.bitewing.history.ClaimHistoryService;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.plan.PlanSubstitution;
import io.bitewing.plan.PlanSubstitutionService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.settings.SettingsService;
import io.bitewing.shared.auth.Tenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads what an estimate needs into one {@link EstimateInputs}, each kind of read in one statement for all coverages
 * and procedures: settings, plans, benefit rows with overrides, fee slots, history, categories, code groups, book
 * fees; schedule fees once per distinct (date of service, provider). Without a location (remaining benefits) no fee is
 * read at all.
 */
@Component
class EstimateInputLoader {

    /** Codes whose categories some rules need: comprehensive ortho, a periodic exam, an adult prophy. */
    static final String ORTHO_PROBE = "D8080", DIAGNOSTIC_PROBE = "D0120", PREVENTIVE_PROBE = "D1110";

    private static final Set<Kind> KINDS =
            EnumSet.of(Kind.ucr, Kind.primary, Kind.copay, Kind.out_of_network, Kind.allowed, Kind.manual_blue_book);

    private final PlanService plans;
    private final BenefitService benefits;
    private final CodeGroupService codeGroups;
    private final CoverageLookup coverage;
    private final ProcedureCodeService procedureCodes;
    private final FeeResolution feeResolution;
    private final FeeScheduleService feeSchedules;
    private final ClaimHistoryService history;
    private final SettingsService settings;
    private final PlanSubstitutionService substitutions;
    private final BookAllowedFees books;
    private final EligibilityService eligibility;

    EstimateInputLoader(
            PlanService plans,
            BenefitService benefits,
            CodeGroupService codeGroups,
            CoverageLookup coverage,
            ProcedureCodeService procedureCodes,
            FeeResolution feeResolution,
            FeeScheduleService feeSchedules,
            ClaimHistoryService history,
            SettingsService settings,
            PlanSubstitutionService substitutions,
            BookAllowedFees books,
            EligibilityService eligibility) {
        this.eligibility = eligibility;
        this.plans = plans;
        this.benefits = benefits;
        this.codeGroups = codeGroups;
        this.coverage = coverage;
        this.procedureCodes = procedureCodes;
        this.feeResolution = feeResolution;
        this.feeSchedules = feeSchedules;
        this.history = history;
        this.settings = settings;
        this.substitutions = substitutions;
        this.books = books;
    }

    /** @param location where the work is done; null reads no fees (remaining benefits) */
    EstimateInputs load(
            Tenant tenant,
            Patient patient,
            List<PatientPlan> chosen,
            UUID location,
            LocalDate asOf,
            List<PlannedProcedure> planned) {
        var practice = settings.get(tenant);
        List<Coverage> coverages = coverages(tenant, chosen, location, asOf);
        Map<UUID, List<HistoryRow>> past = history(tenant, patient, coverages);
        var containing = coverage.categoriesContaining(tenant, codesToCategorise(planned, past));
        UUID ucr = null;
        Map<CoverageProcedure, ProcedureCode> substitutes = Map.of();
        Map<CoverageCode, BigDecimal> bookFees = Map.of();
        Map<FeeLookup, Map<ScheduleCode, BigDecimal>> fees = Map.of();
        if (location != null) {
            ucr = ucrSchedule(tenant, coverages, location, asOf);
            substitutes = substitutes(tenant, coverages, planned);
            bookFees = bookFees(tenant, coverages, planned, substitutes);
            fees = scheduleFees(tenant, coverages, ucr, planned, substitutes, location);
        }
        return new EstimateInputs(
                patient,
                asOf,
                practice,
                coverages,
                planned,
                past,
                containing,
                codeGroups(tenant, coverages),
                ucr,
                fees,
                bookFees,
                substitutes,
                eligibility.forPatientPlans(
                        tenant, coverages.stream().map(Coverage::id).toList()));
    }

    /** Every coverage's plan, effective benefits and fee slots, each kind of read in one query for all of them. */
    private List<Coverage> coverages(Tenant tenant, List<PatientPlan> chosen, UUID location, LocalDate asOf) {
        Map<UUID, Plan> plansById =
                plans.findAll(tenant, chosen.stream().map(PatientPlan::planId).toList());
        var planOfCoverage = new LinkedHashMap<UUID, Plan>();
        chosen.forEach(pp -> planOfCoverage.put(pp.id(), plansById.get(pp.planId())));
        Map<UUID, List<Benefit>> effective = benefits.effective(tenant, planOfCoverage);
        var carrierOfPlan = new HashMap<UUID, UUID>();
        plansById
                .values()
                .forEach(plan -> carrierOfPlan.put(plan.id(), plan.carrier().id()));
        Map<UUID, Map<Kind, FeeResolution.Resolved>> slots = location == null
                ? Map.of()
                : feeResolution.resolveAssignments(tenant, location, KINDS, carrierOfPlan, asOf);
        var loaded = new ArrayList<Coverage>();
        for (PatientPlan pp : chosen) {
            Plan plan = planOfCoverage.get(pp.id());
            Map<Kind, FeeResolution.Resolved> resolved = slots.getOrDefault(plan.id(), Map.of());
            var links = new HashMap<String, PlanSubstitution>();
            if (location != null && plan.substitutionCodeBehavior() != Plan.SubstitutionCodeBehavior.none) {
                substitutions.list(tenant, plan.id()).forEach(l -> links.put(l.code(), l));
            }
            loaded.add(new Coverage(
                    pp,
                    plan,
                    effective.get(pp.id()),
                    schedules(tenant, pp, plan, resolved, location),
                    estimateBook(plan, resolved),
                    links));
        }
        return loaded;
    }

    /** The schedule filling each slot the plan uses, the patient plan's own schedule replacing its slot. */
    private Map<Kind, UUID> schedules(
            Tenant tenant, PatientPlan pp, Plan plan, Map<Kind, FeeResolution.Resolved> resolved, UUID location) {
        var schedules = new EnumMap<Kind, UUID>(Kind.class);
        resolved.forEach((kind, r) -> {
            if (FeeSlots.planUses(plan.planType(), kind, r.level())) {
                schedules.put(kind, r.assignment().feeSchedule().id());
            }
        });
        if (location != null && pp.feeSchedule() != null) {
            feeSchedules
                    .find(tenant, pp.feeSchedule().id())
                    .map(FeeSlots::replacedBy)
                    .ifPresent(kind -> schedules.put(kind, pp.feeSchedule().id()));
        }
        return schedules;
    }

    /** The estimate book a category plan's allowed (else manual_blue_book) assignment names; null when none does. */
    private static UUID estimateBook(Plan plan, Map<Kind, FeeResolution.Resolved> resolved) {
        var r = resolved.getOrDefault(Kind.allowed, resolved.get(Kind.manual_blue_book));
        return !FeeSlots.readsEstimateBook(plan.planType())
                        || r == null
                        || r.assignment().estimateBook() == null
                ? null
                : r.assignment().estimateBook().id();
    }

    /** Every coverage's subscription history in one query, as engine rows keyed by subscription. */
    private Map<UUID, List<HistoryRow>> history(Tenant tenant, Patient patient, List<Coverage> coverages) {
        var subscriptions = coverages.stream()
                .map(c -> c.patientPlan().subscriptionId())
                .distinct()
                .toList();
        var bySubscription = new HashMap<UUID, List<HistoryRow>>();
        for (var row : history.forSubscriptions(tenant, subscriptions)) {
            var h = row.row();
            bySubscription
                    .computeIfAbsent(row.subscriptionId(), k -> new ArrayList<>())
                    .add(new HistoryRow(
                            h.dateOfService(),
                            h.procedureCode(),
                            EngineVocabulary.historyStatus(h.status()),
                            h.insurancePaid(),
                            h.deductibleApplied(),
                            Objects.equals(row.patientId(), patient.id()),
                            h.tooth(),
                            h.surfaces()));
        }
        return bySubscription;
    }

    private static Set<String> codesToCategorise(List<PlannedProcedure> planned, Map<UUID, List<HistoryRow>> past) {
        var codes = new HashSet<String>();
        planned.forEach(p -> codes.add(p.code().code()));
        past.values()
                .forEach(rows -> rows.stream()
                        .map(HistoryRow::code)
                        .filter(Objects::nonNull)
                        .forEach(codes::add));
        codes.addAll(List.of(ORTHO_PROBE, DIAGNOSTIC_PROBE, PREVENTIVE_PROBE));
        return codes;
    }

    /** The billed-fee schedule: the primary's UCR slot, or the location's UCR default when there is no coverage. */
    private UUID ucrSchedule(Tenant tenant, List<Coverage> coverages, UUID location, LocalDate asOf) {
        if (!coverages.isEmpty()) {
            return coverages.get(0).schedule(Kind.ucr);
        }
        return feeResolution
                .resolveAssignments(tenant, location, EnumSet.of(Kind.ucr), null, null, asOf)
                .values()
                .stream()
                .findFirst()
                .map(r -> r.assignment().feeSchedule().id())
                .orElse(null);
    }

    /** The code each coverage pays each procedure as, where it differs; unknown codes are looked up in one query. */
    private Map<CoverageProcedure, ProcedureCode> substitutes(
            Tenant tenant, List<Coverage> coverages, List<PlannedProcedure> planned) {
        var wanted = new HashMap<CoverageProcedure, String>();
        for (Coverage c : coverages) {
            for (PlannedProcedure p : planned) {
                String sub = Substitutions.substitute(
                        c.plan().substitutionCodeBehavior(), c.benefits(), c.links(), p.code(), p.tooth());
                if (sub != null && !sub.equals(p.code().code())) {
                    wanted.put(new CoverageProcedure(c.id(), p.index()), sub);
                }
            }
        }
        var known = new HashMap<String, ProcedureCode>();
        planned.forEach(p -> known.put(p.code().code(), p.code()));
        var unknown = wanted.values().stream()
                .filter(code -> !known.containsKey(code))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            known.putAll(procedureCodes.findByCodes(tenant, unknown));
        }
        var found = new HashMap<CoverageProcedure, ProcedureCode>();
        wanted.forEach((key, code) -> {
            if (known.containsKey(code)) {
                found.put(key, known.get(code));
            }
        });
        return found;
    }

    /** The allowed fees of the books the coverages read, for every code planned or substituted, in one query. */
    private Map<CoverageCode, BigDecimal> bookFees(
            Tenant tenant,
            List<Coverage> coverages,
            List<PlannedProcedure> planned,
            Map<CoverageProcedure, ProcedureCode> substitutes) {
        var asks = coverages.stream()
                .filter(c -> c.estimateBook() != null)
                .map(c -> new BookAllowedFees.Coverage(
                        c.id(),
                        c.estimateBook(),
                        c.plan().id(),
                        c.plan().carrier().id(),
                        c.plan().groupNumber()))
                .toList();
        var codeIds = new LinkedHashSet<UUID>();
        planned.forEach(p -> codeIds.add(p.code().id()));
        substitutes.values().forEach(code -> codeIds.add(code.id()));
        var booked = new HashMap<CoverageCode, BigDecimal>();
        books.current(tenant, asks, List.copyOf(codeIds))
                .forEach((patientPlan, byCode) ->
                        byCode.forEach((code, fee) -> booked.put(new CoverageCode(patientPlan, code), fee)));
        return booked;
    }

    /** Schedule fees of the planned and substituted codes: one query per distinct (date of service, provider). */
    private Map<FeeLookup, Map<ScheduleCode, BigDecimal>> scheduleFees(
            Tenant tenant,
            List<Coverage> coverages,
            UUID ucr,
            List<PlannedProcedure> planned,
            Map<CoverageProcedure, ProcedureCode> substitutes,
            UUID location) {
        var schedules = new LinkedHashSet<UUID>();
        coverages.forEach(c -> schedules.addAll(c.schedules().values()));
        if (ucr != null) {
            schedules.add(ucr);
        }
        var codesByLookup = new LinkedHashMap<FeeLookup, Set<UUID>>();
        for (PlannedProcedure p : planned) {
            var codeIds = codesByLookup.computeIfAbsent(FeeLookup.of(p), k -> new LinkedHashSet<>());
            codeIds.add(p.code().id());
            coverages.forEach(c -> {
                ProcedureCode sub = substitutes.get(new CoverageProcedure(c.id(), p.index()));
                if (sub != null) {
                    codeIds.add(sub.id());
                }
            });
        }
        var fees = new HashMap<FeeLookup, Map<ScheduleCode, BigDecimal>>();
        codesByLookup.forEach((lookup, codeIds) -> {
            var found = new HashMap<ScheduleCode, BigDecimal>();
            feeSchedules
                    .resolveFees(tenant, schedules, codeIds, location, lookup.provider(), lookup.dateOfService())
                    .forEach(f -> found.put(new ScheduleCode(f.scheduleId(), f.procedureCodeId()), f.amount()));
            fees.put(lookup, found);
        });
        return fees;
    }

    /** The code groups the coverages' benefits target, with their codes, in one query. */
    private Map<UUID, CodeGroup> codeGroups(Tenant tenant, List<Coverage> coverages) {
        var ids = new HashSet<UUID>();
        coverages.forEach(c -> c.benefits().stream()
                .filter(b -> b.codeGroup() != null)
                .forEach(b -> ids.add(b.codeGroup().id())));
        var groups = new HashMap<UUID, CodeGroup>();
        codeGroups.findAll(tenant, ids).forEach(g -> groups.put(g.id(), g));
        return groups;
    }
}
