package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.money.Money;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefit rules of plans, and patient overrides: benefits attached to one patient plan that replace the plan's for
 * that patient. The patient plan module owns patient plans; it checks a patient plan exists before calling the
 * override methods here, which take its id (and the id of its plan) as given.
 */
@Service
@Transactional(readOnly = true)
public class BenefitService {

    static final String ENTITY = "benefit";

    private final BenefitRepository benefits;
    private final BenefitChecks checks;
    private final PlanService plans;
    private final EffectiveBenefitLookup lookup;
    private final AuditLog audit;

    BenefitService(
            BenefitRepository benefits,
            BenefitChecks checks,
            PlanService plans,
            EffectiveBenefitLookup lookup,
            AuditLog audit) {
        this.benefits = benefits;
        this.checks = checks;
        this.plans = plans;
        this.lookup = lookup;
        this.audit = audit;
    }

    BenefitSetPage list(Tenant tenant, UUID planId, BenefitType type, PageRequest page) {
        plans.get(tenant, planId);
        int version = benefits.setVersion(tenant.orgId(), planId);
        return BenefitSetPage.of(benefits.findAll(tenant.orgId(), BenefitOwner.plan(planId), type, page), version);
    }

    /**
     * The version of the plan's benefit set (benefit_set_version), moved on by every change of its benefits: what a
     * reviewed import names as its base so it does not overwrite edits made since. 404 for an unknown plan.
     */
    public int setVersion(Tenant tenant, UUID planId) {
        plans.get(tenant, planId);
        return benefits.setVersion(tenant.orgId(), planId);
    }

    /** Every live benefit of the plan, in creation order; 404 when the plan is unknown in this organisation. */
    public List<Benefit> listAll(Tenant tenant, UUID planId) {
        plans.get(tenant, planId);
        return benefits.findAllLive(tenant.orgId(), BenefitOwner.plan(planId));
    }

    /** A live benefit of the plan; 404 when the plan or the benefit is unknown (or the benefit was deleted). */
    public Benefit get(Tenant tenant, UUID planId, UUID id) {
        plans.get(tenant, planId);
        return find(tenant, BenefitOwner.plan(planId), id);
    }

    /** Adds a benefit to the plan: 422 for a broken rule or unknown reference, 409 when the rule already exists. */
    @Transactional
    public Benefit create(Tenant tenant, UUID planId, BenefitRequests.Create body) {
        Integer benefitYearStart = plans.get(tenant, planId).benefitYearStartMonth();
        return add(tenant, BenefitOwner.plan(planId), benefitYearStart, body);
    }

    @Transactional
    Benefit update(Tenant tenant, UUID planId, UUID id, BenefitRequests.Update body, Patch patch) {
        plans.get(tenant, planId);
        return change(tenant, BenefitOwner.plan(planId), id, body, patch);
    }

    /** Removes the benefit from the plan (kept, with deleted_at, for history); 404 when it is not live. */
    @Transactional
    public void delete(Tenant tenant, UUID planId, UUID id) {
        plans.get(tenant, planId);
        remove(tenant, BenefitOwner.plan(planId), id);
    }

    /** The overrides of one patient plan, optionally of one type, in creation order. */
    public Page<Benefit> listOverrides(Tenant tenant, UUID patientPlanId, BenefitType type, PageRequest page) {
        return benefits.findAll(tenant.orgId(), BenefitOwner.patientPlan(patientPlanId), type, page);
    }

    /** A live override of the patient plan; 404 otherwise. */
    public Benefit getOverride(Tenant tenant, UUID patientPlanId, UUID id) {
        return find(tenant, BenefitOwner.patientPlan(patientPlanId), id);
    }

    /**
     * Adds an override to a patient plan whose plan is {@code planId} (its benefit year gives the default time
     * period). It may repeat a plan benefit, that is its purpose, but not another override of the patient plan (409).
     */
    @Transactional
    public Benefit createOverride(Tenant tenant, UUID planId, UUID patientPlanId, BenefitRequests.Create body) {
        Integer benefitYearStart = plans.get(tenant, planId).benefitYearStartMonth();
        return add(tenant, BenefitOwner.patientPlan(patientPlanId), benefitYearStart, body);
    }

    /** Changes an override like a plan benefit: base_version, the same rules, 409 for a duplicate. */
    @Transactional
    public Benefit updateOverride(
            Tenant tenant, UUID patientPlanId, UUID id, BenefitRequests.Update body, Patch patch) {
        return change(tenant, BenefitOwner.patientPlan(patientPlanId), id, body, patch);
    }

    /** Removes an override; 404 when it is not live. */
    @Transactional
    public void deleteOverride(Tenant tenant, UUID patientPlanId, UUID id) {
        remove(tenant, BenefitOwner.patientPlan(patientPlanId), id);
    }

    /**
     * What applies to the patient: the plan's live benefits merged with the patient plan's live overrides by
     * {@link EffectiveBenefits} (estimation-rules.md §11 "Our rule"). Each row keeps its scope (insurance_plan or
     * patient_plan set), so the estimator can still let a patient coinsurance row win code by code.
     */
    public List<Benefit> effective(Tenant tenant, UUID planId, UUID patientPlanId) {
        return effective(tenant, plans.get(tenant, planId), patientPlanId);
    }

    /** {@link #effective(Tenant, UUID, UUID)} for a plan the caller has already read. */
    public List<Benefit> effective(Tenant tenant, Plan plan, UUID patientPlanId) {
        return effective(tenant, Map.of(patientPlanId, plan)).get(patientPlanId);
    }

    /**
     * {@link #effective(Tenant, UUID, UUID)} for each of several coverages (patient plan id to its plan), their rows
     * and overrides read in one query.
     */
    public Map<UUID, List<Benefit>> effective(Tenant tenant, Map<UUID, Plan> planOfPatientPlan) {
        if (planOfPatientPlan.isEmpty()) {
            return Map.of();
        }
        Set<UUID> planIds = planOfPatientPlan.values().stream().map(Plan::id).collect(Collectors.toSet());
        var planRows = new HashMap<UUID, List<Benefit>>();
        var overrides = new HashMap<UUID, List<Benefit>>();
        for (Benefit b : benefits.findAllLive(tenant.orgId(), planIds, planOfPatientPlan.keySet())) {
            if (b.insurancePlan() != null) {
                planRows.computeIfAbsent(b.insurancePlan().id(), id -> new ArrayList<>())
                        .add(b);
            } else {
                overrides
                        .computeIfAbsent(b.patientPlan().id(), id -> new ArrayList<>())
                        .add(b);
            }
        }
        var effective = new HashMap<UUID, List<Benefit>>();
        planOfPatientPlan.forEach((patientPlanId, plan) -> {
            List<Benefit> rows = planRows.getOrDefault(plan.id(), List.of());
            List<Benefit> own = overrides.getOrDefault(patientPlanId, List.of());
            effective.put(patientPlanId, EffectiveBenefits.merge(rows, own, lookup.containment(tenant, rows, own)));
        });
        return effective;
    }

    /** A live benefit by its number (the Open Dental dialect's BenefitNum), plan benefit or override; 404 else. */
    public Benefit getByNum(Tenant tenant, long num) {
        return benefits.findLiveByNum(tenant.orgId(), num).orElseThrow(() -> new ApiException.NotFound("Benefit"));
    }

    /** Live benefits of these plans and patient plans (of the organisation when both are empty), by number. */
    public List<Benefit> listByNumber(
            Tenant tenant, Collection<UUID> planIds, Collection<UUID> patientPlanIds, int offset, int limit) {
        return benefits.findLiveByNumber(tenant.orgId(), planIds, patientPlanIds, offset, limit);
    }

    /**
     * Rewrites every field of a live benefit, plan benefit or override, keeping its id and number: the last writer
     * wins, as Open Dental's PUT does. The same rules as a create; 409 when the result repeats another rule.
     */
    @Transactional
    public Benefit rewrite(Tenant tenant, long num, BenefitRequests.Create body) {
        Benefit current = getByNum(tenant, num);
        BenefitOwner owner = current.insurancePlan() != null
                ? BenefitOwner.plan(current.insurancePlan().id())
                : BenefitOwner.patientPlan(current.patientPlan().id());
        // Every field is given, the time period included, so no benefit year is needed for defaults.
        BenefitDraft next = BenefitRules.withDefaults(BenefitDraft.of(body), null);
        checks.require(tenant, List.of(next), i -> List.of("body"), field -> true);
        requireNewRule(tenant, owner, next, current.id());
        if (!benefits.update(tenant.orgId(), owner, current.id(), next, current.version())) {
            throw ApiException.Conflict.staleVersion(
                    find(tenant, owner, current.id()).version());
        }
        audit.record(tenant, ENTITY, current.id(), "update", Set.of("benefit_type"));
        return find(tenant, owner, current.id());
    }

    private Benefit add(Tenant tenant, BenefitOwner owner, Integer benefitYearStart, BenefitRequests.Create body) {
        UUID codeId = checks.procedureCodeIds(tenant, List.of(body), i -> List.of("body"))
                .get(0);
        BenefitDraft draft = BenefitRules.withDefaults(BenefitDraft.of(body, codeId), benefitYearStart);
        checks.requireOne(tenant, draft, field -> true);
        requireNewRule(tenant, owner, draft, null);
        UUID id = Ids.newId();
        benefits.insert(tenant.orgId(), owner, id, draft);
        audit.record(tenant, ENTITY, id, "create", Set.of("benefit_type"));
        return find(tenant, owner, id);
    }

    private Benefit change(Tenant tenant, BenefitOwner owner, UUID id, BenefitRequests.Update body, Patch patch) {
        Benefit current = find(tenant, owner, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        BenefitDraft was = BenefitDraft.of(current);
        BenefitType type = patch.applyRequired("benefit_type", body.benefitType(), was.benefitType());
        // A new type without a coverage level takes the type's own, so deductible -> family_deductible just works.
        CoverageLevel level = patch.has("coverage_level") || type == was.benefitType()
                ? patch.applyRequired("coverage_level", body.coverageLevel(), was.coverageLevel())
                : BenefitRules.defaultCoverageLevel(type);
        var next = new BenefitDraft(
                type,
                patch.apply("coverage_category_uuid", body.coverageCategoryUuid(), was.coverageCategoryId()),
                patch.apply("code_group_uuid", body.codeGroupUuid(), was.codeGroupId()),
                patch.apply("procedure_code_uuid", body.procedureCodeUuid(), was.procedureCodeId()),
                level,
                patch.apply("percent", body.percent(), was.percent()),
                patch.apply("monetary_amt", Money.of(body.monetaryAmt()), was.monetaryAmt()),
                patch.applyRequired("time_period", body.timePeriod(), was.timePeriod()),
                patch.applyRequired("quantity_qualifier", body.quantityQualifier(), was.quantityQualifier()),
                patch.apply("quantity", body.quantity(), was.quantity()),
                patch.apply("treat_area", body.treatArea(), was.treatArea()),
                patch.apply("age_min", body.ageMin(), was.ageMin()),
                patch.apply("age_max", body.ageMax(), was.ageMax()),
                patch.apply("waiting_period_months", body.waitingPeriodMonths(), was.waitingPeriodMonths()),
                patch.applyRequired("is_deductible_exempt", body.isDeductibleExempt(), was.isDeductibleExempt()),
                patch.apply("substitution_code_uuid", body.substitutionCodeUuid(), was.substitutionCodeId()));
        checks.requireOne(tenant, next, patch.changed()::contains);
        requireNewRule(tenant, owner, next, id);
        if (!benefits.update(tenant.orgId(), owner, id, next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(find(tenant, owner, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return find(tenant, owner, id);
    }

    private void remove(Tenant tenant, BenefitOwner owner, UUID id) {
        if (!benefits.delete(tenant.orgId(), owner, id)) {
            throw new ApiException.NotFound("Benefit");
        }
        audit.record(tenant, ENTITY, id, "delete", Set.of("deleted_at"));
    }

    private Benefit find(Tenant tenant, BenefitOwner owner, UUID id) {
        return benefits.findLive(tenant.orgId(), owner, id).orElseThrow(() -> new ApiException.NotFound("Benefit"));
    }

    private void requireNewRule(Tenant tenant, BenefitOwner owner, BenefitDraft draft, UUID exceptId) {
        benefits.findRule(tenant.orgId(), owner, BenefitRules.duplicateKey(draft), exceptId)
                .ifPresent(existing -> {
                    throw new ApiException.Conflict("A live benefit with the "
                            + BenefitRules.sameRule(draft.benefitType()) + " already exists (" + existing + ")");
                });
    }
}
