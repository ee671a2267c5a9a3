package io.bitewing.demo;

import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.benefit.BenefitService;
import io.bitewing.coverage.CoverageCategoryService;
import io.bitewing.coverage.codegroup.CodeGroupService;
import io.bitewing.eligibility.EligibilityAnswer;
import io.bitewing.eligibility.EligibilityService;
import io.bitewing.history.ClaimHistory.Status;
import io.bitewing.history.ClaimHistoryRequests;
import io.bitewing.history.ClaimHistoryService;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.patientplan.PatientPlanRequests;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.PlanRequests;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.subscription.SubscriptionRequests;
import io.bitewing.subscription.SubscriptionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's insurance: a plan of every type with a realistic benefit set, a family sharing one subscription, and a
 * patient with primary and secondary coverage.
 */
@Component
class DemoCoverage {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    private final PlanService plans;
    private final BenefitService benefits;
    private final SubscriptionService subscriptions;
    private final PatientPlanService patientPlans;
    private final CoverageCategoryService categories;
    private final CodeGroupService codeGroups;
    private final ClaimHistoryService history;
    private final EligibilityService eligibility;
    private final JsonMapper json;

    DemoCoverage(
            PlanService plans,
            BenefitService benefits,
            SubscriptionService subscriptions,
            PatientPlanService patientPlans,
            CoverageCategoryService categories,
            CodeGroupService codeGroups,
            ClaimHistoryService history,
            EligibilityService eligibility,
            JsonMapper json) {
        this.eligibility = eligibility;
        this.json = json;
        this.plans = plans;
        this.benefits = benefits;
        this.subscriptions = subscriptions;
        this.patientPlans = patientPlans;
        this.categories = categories;
        this.codeGroups = codeGroups;
        this.history = history;
    }

    /** The plans other demo areas attach to. */
    record Plans(UUID ppo, UUID fixedBenefit, UUID outOfNetwork) {}

    /** Carriers and patients in the order DemoCarriers and DemoPractice list them. */
    Plans populate(Tenant tenant, List<UUID> carriers, List<UUID> patients) {
        var categoryIds = categories.liveIdsByName(tenant);
        var codeGroupIds = codeGroups.liveIdsByName(tenant);
        UUID ppo = plan(tenant, carriers.get(0), PlanType.ppo_percentage, "Acme Manufacturing PPO", "100200", null);
        addBenefits(
                tenant,
                ppo,
                DemoBenefits.using(categoryIds, codeGroupIds)
                        .percent(100, "Diagnostic", "X-Ray", "Preventive")
                        .percent(80, "Restorative", "Endo", "Perio", "Oral Surgery")
                        .percent(50, "Crowns", "Prosth", "Implants")
                        .deductible("50", "Diagnostic", "X-Ray", "Preventive")
                        .familyDeductible("150")
                        .annualMax("1500")
                        .orthoLifetimeMax("1500", 50)
                        .frequency("Exam", 2, TimePeriod.calendar_year)
                        .frequency("BW", 1, TimePeriod.number_in_last_12_months)
                        .ageLimit("Fluoride", 15)
                        .waitingPeriod("Prosth", 12));
        UUID indemnity =
                plan(tenant, carriers.get(1), PlanType.category_percentage, "Riverside School District", "55-300", 7);
        addBenefits(
                tenant,
                indemnity,
                DemoBenefits.using(categoryIds, codeGroupIds)
                        .percent(100, "Diagnostic", "X-Ray", "Preventive")
                        .percent(80, "Restorative", "Endo", "Perio", "Oral Surgery")
                        .percent(50, "Crowns", "Prosth")
                        .deductible("100", "Diagnostic", "X-Ray", "Preventive")
                        .annualMax("1000")
                        .exclude("Implants"));
        UUID fixed = plan(
                tenant, carriers.get(2), PlanType.ppo_fixed_benefit, "Harbor Retirees Fixed Benefit", "HR-9", null);
        addBenefits(
                tenant,
                fixed,
                DemoBenefits.using(categoryIds, codeGroupIds)
                        .annualMax("1000")
                        .frequency("Prophy", 2, TimePeriod.calendar_year)
                        .exclude("Ortho"));
        UUID capitation = plan(tenant, carriers.get(3), PlanType.capitation, "Summit Capitation Plus", "SC-12", null);
        addBenefits(
                tenant,
                capitation,
                DemoBenefits.using(categoryIds, codeGroupIds)
                        .exclude("Implants")
                        .exclude("Ortho"));
        UUID medicaid =
                plan(tenant, carriers.get(1), PlanType.medicaid_flat_copay, "State Medicaid Dental", "MCD-1", null);
        addBenefits(
                tenant,
                medicaid,
                DemoBenefits.using(categoryIds, codeGroupIds)
                        .frequency("Prophy", 2, TimePeriod.calendar_year)
                        .exclude("Implants"));

        UUID maria = patients.get(0);
        UUID daniel = patients.get(1);
        UUID sofia = patients.get(2);
        UUID riveraFamily = subscribe(tenant, ppo, daniel, "ACM555001");
        UUID mariasOwn = subscribe(tenant, indemnity, maria, "RSD2231");
        UUID danielPpo = cover(tenant, daniel, riveraFamily, Relationship.self, 1);
        cover(tenant, maria, mariasOwn, Relationship.self, 1);
        UUID mariaPpo = cover(tenant, maria, riveraFamily, Relationship.spouse, 2);
        UUID sofiaPpo = cover(tenant, sofia, riveraFamily, Relationship.child, 1);
        reportEligibility(tenant, sofiaPpo);
        cover(tenant, patients.get(3), subscribe(tenant, fixed, patients.get(3), "HR77810"), Relationship.self, 1);
        cover(
                tenant,
                patients.get(4),
                subscribe(tenant, capitation, patients.get(4), "SCP40022"),
                Relationship.self,
                1);
        addHistory(tenant, danielPpo, mariaPpo);
        return new Plans(ppo, fixed, indemnity);
    }

    /**
     * An eligibility vendor's answer for Sofia from yesterday: in network, $10 of her $50 deductible left (met at
     * another office), so her estimates start from it and say so.
     */
    private void reportEligibility(Tenant tenant, UUID patientPlan) {
        var answer = new java.util.LinkedHashMap<String, Object>();
        answer.put("eligibility_check_status", "active");
        answer.put("eligibility_check_comment", "Demo answer from an eligibility vendor");
        answer.put(
                "eligibility_check_date",
                java.time.Instant.now().minus(java.time.Duration.ofDays(1)).toString());
        answer.put("provider_network_status", "in_network");
        answer.put("plan_type", "PR");
        answer.put("individual_deductible_policy_in_network", 50);
        answer.put("individual_deductible_remaining_in_network", 10);
        answer.put("family_deductible_policy_in_network", 150);
        answer.put("family_deductible_remaining_in_network", 110);
        answer.put("services", List.of(Map.of("service_type", "35", "eligibility_check_status", "ELIGIBLE")));
        eligibility.record(tenant, patientPlan, json.convertValue(answer, EligibilityAnswer.class));
    }

    private UUID plan(Tenant tenant, UUID carrier, PlanType type, String group, String number, Integer yearStart) {
        Plan plan = plans.create(
                tenant,
                new PlanRequests.Create(
                        carrier, type, group, number, yearStart, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null));
        return plan.id();
    }

    private void addBenefits(Tenant tenant, UUID plan, DemoBenefits set) {
        set.rows().forEach(row -> benefits.create(tenant, plan, row));
    }

    private UUID subscribe(Tenant tenant, UUID plan, UUID subscriber, String memberId) {
        return subscriptions
                .create(
                        tenant,
                        new SubscriptionRequests.Create(plan, subscriber, memberId, null, EFFECTIVE, null, null, null))
                .subscription()
                .id();
    }

    private UUID cover(Tenant tenant, UUID patient, UUID subscription, Relationship relationship, int ordinal) {
        return patientPlans
                .create(
                        tenant,
                        patient,
                        new PatientPlanRequests.Create(
                                subscription, relationship, ordinal, null, null, null, null, null))
                .id();
    }

    /** This year's claims on the family PPO, so remaining benefits show real usage (and a pending claim). */
    private void addHistory(Tenant tenant, UUID danielPpo, UUID mariaPpo) {
        LocalDate today = LocalDate.now();
        history.create(
                tenant, danielPpo, claim("D1110", today.minusDays(40), "115.00", "82.80", "0.00", Status.received));
        history.create(
                tenant, danielPpo, claim("D2750", today.minusDays(25), "1150.00", "389.00", "50.00", Status.received));
        history.create(tenant, mariaPpo, claim("D0274", today.minusDays(5), "75.00", "54.00", "0.00", Status.pending));
    }

    private static ClaimHistoryRequests.Create claim(
            String code, LocalDate date, String fee, String paid, String deductible, Status status) {
        return new ClaimHistoryRequests.Create(
                code,
                date,
                null,
                null,
                1,
                new BigDecimal(fee),
                new BigDecimal(paid),
                new BigDecimal(deductible),
                null,
                status,
                null);
    }
}
