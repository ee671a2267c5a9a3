package io.bitewing.feeassignment;

import io.bitewing.carrier.CarrierService;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignment.Level;
import io.bitewing.feeassignment.FeeAssignmentRepository.Candidate;
import io.bitewing.feeschedule.Fee;
import io.bitewing.feeschedule.FeeScheduleService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.practice.provider.ProviderService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.money.MoneyString;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which assignment fills a slot on a date, and the fee it gives a code: plan-specific beats carrier-level beats the
 * location default. The estimator and the debug trace use this one walk. An assignment whose schedule is archived
 * is passed over (validate reports it).
 */
@Service
@Transactional(readOnly = true)
public class FeeResolution {

    /** The assignment that fills a slot and the level it was found at. */
    public record Resolved(FeeAssignment assignment, Level level) {}

    /** The resolve endpoint's answer. */
    public record Answer(boolean resolved, Level resolutionLevel, FeeAssignment assignment) {}

    /** One level of one kind's walk: match (this level decides), miss (nothing here) or skip (not consulted). */
    public record LevelTrace(Level level, String outcome, UUID assignmentUuid, Ref feeSchedule, String reason) {}

    public record FeeFound(
            UUID feeUuid,
            @MoneyString BigDecimal amount,
            UUID clinicUuid,
            UUID providerUuid,
            LocalDate dateEffective) {}

    /** One kind's walk through the levels and the fee its assignment gives the code. */
    public record KindTrace(
            Kind kind,
            String status,
            Level resolutionLevel,
            UUID assignmentUuid,
            Ref feeSchedule,
            FeeFound fee,
            List<LevelTrace> levels) {}

    public record Debug(
            LocalDate dateOfService,
            Ref location,
            Ref insurancePlan,
            String procedureCode,
            Ref provider,
            String status,
            Map<Kind, BigDecimal> summary,
            List<KindTrace> traces) {}

    private final FeeResolutionRepository repository;
    private final FeeAssignmentRepository assignments;
    private final PlanService plans;
    private final ProcedureCodeService codes;
    private final ProviderService providers;
    private final CarrierService carriers;
    private final FeeScheduleService schedules;

    FeeResolution(
            FeeResolutionRepository repository,
            FeeAssignmentRepository assignments,
            PlanService plans,
            ProcedureCodeService codes,
            ProviderService providers,
            CarrierService carriers,
            FeeScheduleService schedules) {
        this.carriers = carriers;
        this.schedules = schedules;
        this.repository = repository;
        this.assignments = assignments;
        this.plans = plans;
        this.codes = codes;
        this.providers = providers;
    }

    /**
     * The assignment of {@code kind} in force at the location on {@code asOf} for a patient on {@code planId} (the
     * plan's carrier taken from the plan; null plan: the location default only). Empty when no level has one.
     */
    public Optional<Resolved> resolveAssignment(
            Tenant tenant, UUID locationId, Kind kind, UUID planId, LocalDate asOf) {
        UUID carrierId =
                planId == null ? null : plans.get(tenant, planId).carrier().id();
        return resolveAssignment(tenant, locationId, kind, planId, carrierId, asOf);
    }

    /** As above with the carrier named explicitly (a carrier-level lookup needs no plan). */
    public Optional<Resolved> resolveAssignment(
            Tenant tenant, UUID locationId, Kind kind, UUID planId, UUID carrierId, LocalDate asOf) {
        return repository.findCandidates(tenant.orgId(), locationId, List.of(kind), planId, carrierId, asOf).stream()
                .filter(c -> c.schedule().deletedAt() == null)
                .findFirst()
                .map(c -> new Resolved(c.assignment(), c.assignment().level()));
    }

    /**
     * {@link #resolveAssignment} for several kinds in one query: the assignment filling each slot, kinds with none
     * absent from the map.
     */
    public Map<Kind, Resolved> resolveAssignments(
            Tenant tenant, UUID locationId, Collection<Kind> kinds, UUID planId, UUID carrierId, LocalDate asOf) {
        return slots(repository.findCandidates(tenant.orgId(), locationId, kinds, planId, carrierId, asOf).stream());
    }

    /**
     * {@link #resolveAssignments} for several plans (plan id to its carrier's id) in one query: each plan's slots,
     * from its own assignments, its carrier's and the location defaults.
     */
    public Map<UUID, Map<Kind, Resolved>> resolveAssignments(
            Tenant tenant, UUID locationId, Collection<Kind> kinds, Map<UUID, UUID> carrierOfPlan, LocalDate asOf) {
        if (carrierOfPlan.isEmpty()) {
            return Map.of();
        }
        List<Candidate> candidates = repository.findCandidates(
                tenant.orgId(), locationId, kinds, carrierOfPlan.keySet(), Set.copyOf(carrierOfPlan.values()), asOf);
        var slots = new HashMap<UUID, Map<Kind, Resolved>>();
        carrierOfPlan.forEach((planId, carrierId) -> slots.put(
                planId, slots(candidates.stream().filter(c -> appliesTo(c.assignment(), planId, carrierId)))));
        return slots;
    }

    private static boolean appliesTo(FeeAssignment a, UUID planId, UUID carrierId) {
        if (a.insurancePlan() != null) {
            return a.insurancePlan().id().equals(planId);
        }
        return a.carrier() == null || a.carrier().id().equals(carrierId);
    }

    /** The first live candidate of each kind, candidates coming most specific first. */
    private static Map<Kind, Resolved> slots(Stream<Candidate> candidates) {
        var found = new EnumMap<Kind, Resolved>(Kind.class);
        candidates
                .filter(c -> c.schedule().deletedAt() == null)
                .forEach(c -> found.putIfAbsent(
                        c.assignment().assignmentKind(),
                        new Resolved(c.assignment(), c.assignment().level())));
        return found;
    }

    /** The resolve endpoint: 404 for an unknown location, plan or carrier. */
    Answer resolve(Tenant tenant, UUID locationId, Kind kind, LocalDate asOf, UUID carrierId, UUID planId) {
        requireLocation(tenant, locationId);
        UUID carrier = carrierId;
        if (planId != null) {
            Plan plan = plans.get(tenant, planId);
            carrier = carrierId == null ? plan.carrier().id() : carrierId;
        } else if (carrierId != null) {
            requireCarrier(tenant, carrierId);
        }
        return resolveAssignment(tenant, locationId, kind, planId, carrier, asOf)
                .map(r -> new Answer(true, r.level(), r.assignment()))
                .orElse(new Answer(false, null, null));
    }

    /**
     * Walks every kind through plan, carrier and location levels for one code and reports each level and the fee
     * found, passing over what the plan does not use ({@link FeeSlots#planUses}), as an estimate does. Status:
     * resolved when a UCR fee and a fee from every assignment found; no_match when no fee at all; partial otherwise.
     */
    Debug debug(Tenant tenant, FeeAssignmentRequests.Debug body) {
        var place = requireLocation(tenant, body.locationUuid());
        Plan plan = plans.get(tenant, body.insurancePlanUuid());
        ProcedureCode code = codes.findByCode(tenant, body.procedureCode().strip())
                .orElseThrow(() -> new ApiException.NotFound("Procedure code"));
        Ref provider = body.providerUuid() == null ? null : providerRef(tenant, body.providerUuid());
        var candidates = repository.findCandidates(
                tenant.orgId(),
                place.id(),
                EnumSet.allOf(Kind.class),
                plan.id(),
                plan.carrier().id(),
                body.dateOfService());
        var traces = new ArrayList<KindTrace>();
        var summary = new LinkedHashMap<Kind, BigDecimal>();
        for (Kind kind : Kind.values()) {
            KindTrace trace = walk(
                    tenant,
                    plan.planType(),
                    kind,
                    candidates.stream()
                            .filter(c -> c.assignment().assignmentKind() == kind)
                            .toList(),
                    code.id(),
                    place.id(),
                    body.providerUuid(),
                    body.dateOfService());
            traces.add(trace);
            if (trace.fee() != null) {
                summary.put(kind, trace.fee().amount());
            }
        }
        return new Debug(
                body.dateOfService(),
                new Ref(place.id(), place.name()),
                new Ref(plan.id(), plan.groupName()),
                code.code(),
                provider,
                status(traces),
                summary,
                traces);
    }

    private KindTrace walk(
            Tenant tenant,
            Plan.PlanType planType,
            Kind kind,
            List<Candidate> candidates,
            UUID codeId,
            UUID locationId,
            UUID providerId,
            LocalDate date) {
        var levels = new ArrayList<LevelTrace>();
        Candidate chosen = null;
        for (Level level : Level.values()) {
            if (chosen != null) {
                levels.add(new LevelTrace(
                        level,
                        "skip",
                        null,
                        null,
                        "resolved at the " + chosen.assignment().level() + " level"));
                continue;
            }
            var here = candidates.stream()
                    .filter(c -> c.assignment().level() == level)
                    .toList();
            var live =
                    here.stream().filter(c -> c.schedule().deletedAt() == null).findFirst();
            if (live.isPresent() && !FeeSlots.planUses(planType, kind, level)) {
                var unused = live.get().assignment();
                levels.add(new LevelTrace(
                        level,
                        "skip",
                        unused.id(),
                        unused.feeSchedule(),
                        "a location's default primary schedule holds in-network fees; a " + planType
                                + " plan does not use it"));
            } else if (live.isPresent()) {
                chosen = live.get();
                levels.add(new LevelTrace(
                        level,
                        "match",
                        chosen.assignment().id(),
                        chosen.assignment().feeSchedule(),
                        null));
            } else if (!here.isEmpty()) {
                var archived = here.get(0).assignment();
                levels.add(new LevelTrace(
                        level, "skip", archived.id(), archived.feeSchedule(), "fee schedule is archived"));
            } else {
                levels.add(new LevelTrace(
                        level, "miss", null, null, "no " + kind + " assignment at the " + level + " level"));
            }
        }
        if (chosen == null) {
            return new KindTrace(kind, "no_match", null, null, null, null, levels);
        }
        FeeAssignment a = chosen.assignment();
        FeeFound fee = schedules
                .resolveFee(tenant, a.feeSchedule().id(), codeId, locationId, providerId, date)
                .map(FeeResolution::found)
                .orElse(null);
        return new KindTrace(
                kind, fee == null ? "no_fee" : "resolved", a.level(), a.id(), a.feeSchedule(), fee, levels);
    }

    private static String status(List<KindTrace> traces) {
        boolean anyFee = traces.stream().anyMatch(t -> t.fee() != null);
        if (!anyFee) {
            return "no_match";
        }
        boolean ucr = traces.stream().anyMatch(t -> t.kind() == Kind.ucr && t.fee() != null);
        boolean everyAssignmentPriced = traces.stream().allMatch(t -> t.assignmentUuid() == null || t.fee() != null);
        return ucr && everyAssignmentPriced ? "resolved" : "partial";
    }

    private static FeeFound found(Fee f) {
        return new FeeFound(f.id(), f.amount(), idOf(f.clinic()), idOf(f.provider()), f.dateEffective());
    }

    private static UUID idOf(Ref ref) {
        return ref == null ? null : ref.id();
    }

    private FeeAssignmentRepository.Place requireLocation(Tenant tenant, UUID locationId) {
        var place = assignments.findPlaces(tenant.orgId(), List.of(locationId)).get(locationId);
        if (place == null) {
            throw new ApiException.NotFound("Location");
        }
        return place;
    }

    private void requireCarrier(Tenant tenant, UUID carrierId) {
        carriers.get(tenant, carrierId);
    }

    private Ref providerRef(Tenant tenant, UUID providerId) {
        var ref = providers.ref(tenant, providerId);
        return new Ref(ref.id(), ref.name());
    }
}
