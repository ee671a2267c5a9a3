package io.bitewing.benefit;

import static io.bitewing.benefit.BenefitApiTest.plan;
import static io.bitewing.support.CoverageFixtures.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Patient overrides through the benefit service (the HTTP side is PatientBenefitApiTest), and the effective view
 * that merges them with the plan's benefits. Overrides are keyed to real patient plans (a
 * foreign key guards them); the benefit module takes their ids as given.
 */
class PatientOverrideTest extends ApiTestSupport {

    @Autowired
    BenefitService benefits;

    /** A new patient covered by the plan through a subscription of their own. */
    private static UUID patientPlan(Org org, UUID plan) {
        String patient = CoverageFixtures.patient(org, "Pat", "Override");
        String subscription = CoverageFixtures.subscription(org, plan.toString(), patient, "OV-1");
        return UUID.fromString(CoverageFixtures.patientPlan(org, patient, subscription, "self"));
    }

    private static BenefitRequests.Create coinsurance(String category, int percent) {
        return new BenefitRequests.Create(
                BenefitType.coinsurance,
                UUID.fromString(category),
                null,
                null,
                null,
                percent,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static BenefitRequests.Create amount(BenefitType type, String amount) {
        return new BenefitRequests.Create(
                type,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal(amount),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static BenefitRequests.Update percent(int baseVersion, int percent) {
        return new BenefitRequests.Update(
                baseVersion,
                null,
                null,
                null,
                null,
                null,
                percent,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void overridesAreCreatedListedChangedAndDeletedPerPatientPlan() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        UUID plan = UUID.fromString(plan(org, "Family Plan", 7));
        UUID patientPlan = patientPlan(org, plan);
        UUID siblingPlan = patientPlan(org, plan);
        Benefit max = benefits.createOverride(tenant, plan, patientPlan, amount(BenefitType.annual_max, "1000"));
        assertThat(max.patientPlan().id()).isEqualTo(patientPlan);
        assertThat(max.insurancePlan()).isNull();
        assertThat(max.timePeriod()).isEqualTo(Benefit.TimePeriod.service_year);
        assertThat(max.monetaryAmt()).isEqualTo(new BigDecimal("1000.00"));
        Benefit preventive =
                benefits.createOverride(tenant, plan, patientPlan, coinsurance(category(org, "Preventive"), 50));
        benefits.createOverride(tenant, plan, siblingPlan, amount(BenefitType.annual_max, "800"));

        assertThat(benefits.listOverrides(tenant, patientPlan, null, PageRequest.of(1, 50))
                        .items())
                .extracting(Benefit::id)
                .containsExactly(max.id(), preventive.id());
        assertThat(benefits.listOverrides(tenant, patientPlan, BenefitType.coinsurance, PageRequest.of(1, 50))
                        .total())
                .isEqualTo(1);
        assertThat(benefits.getOverride(tenant, patientPlan, max.id()).version())
                .isEqualTo(1);
        assertThatThrownBy(() -> benefits.getOverride(tenant, siblingPlan, max.id()))
                .isInstanceOf(ApiException.NotFound.class);

        Benefit changed = benefits.updateOverride(
                tenant, patientPlan, preventive.id(), percent(1, 60), new Patch(Set.of("base_version", "percent")));
        assertThat(changed.percent()).isEqualTo(60);
        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> benefits.updateOverride(
                        tenant,
                        patientPlan,
                        preventive.id(),
                        percent(1, 70),
                        new Patch(Set.of("base_version", "percent"))))
                .isInstanceOf(ApiException.Conflict.class);

        benefits.deleteOverride(tenant, patientPlan, max.id());
        assertThatThrownBy(() -> benefits.getOverride(tenant, patientPlan, max.id()))
                .isInstanceOf(ApiException.NotFound.class);
        assertThatThrownBy(() -> benefits.deleteOverride(tenant, patientPlan, max.id()))
                .isInstanceOf(ApiException.NotFound.class);
    }

    @Test
    void anOverrideMayRepeatAPlanBenefitButNotAnotherOverrideOfThePatientPlan() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        UUID plan = UUID.fromString(plan(org, "Repeats", null));
        UUID patientPlan = patientPlan(org, plan);
        benefits.create(tenant, plan, amount(BenefitType.deductible, "50"));
        benefits.createOverride(tenant, plan, patientPlan, amount(BenefitType.deductible, "25"));
        assertThatThrownBy(
                        () -> benefits.createOverride(tenant, plan, patientPlan, amount(BenefitType.deductible, "30")))
                .isInstanceOf(ApiException.Conflict.class);
        benefits.createOverride(tenant, plan, patientPlan(org, plan), amount(BenefitType.deductible, "30"));
    }

    @Test
    void overridesFollowTheBenefitRulesAndNameTheField() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        UUID plan = UUID.fromString(plan(org, "Rules", null));
        assertThatThrownBy(() -> benefits.createOverride(
                        tenant,
                        plan,
                        UUID.randomUUID(),
                        coinsurance(UUID.randomUUID().toString(), 50)))
                .isInstanceOf(ApiException.NotFound.class)
                .hasMessageContaining("coverage_category_uuid");
        assertThatThrownBy(() -> benefits.createOverride(
                        tenant, plan, UUID.randomUUID(), coinsurance(category(org, "Preventive"), 150)))
                .isInstanceOfSatisfying(
                        ApiException.Invalid.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::loc)
                                .containsExactly(List.of("body", "percent")));
        assertThatThrownBy(() -> benefits.createOverride(
                        tenant, UUID.randomUUID(), UUID.randomUUID(), amount(BenefitType.deductible, "10")))
                .isInstanceOf(ApiException.NotFound.class);
    }

    @Test
    void theEffectiveBenefitsLetOverridesReplacePlanBenefitsOfTheSameTypeAndTarget() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        String planId = plan(org, "PPO", null);
        UUID plan = UUID.fromString(planId);
        org.api()
                .body(Map.of("benefits", BenefitSetApiTest.ppo(org)))
                .post("/plans/" + planId + "/benefits/bulk")
                .then()
                .statusCode(200);
        UUID patientPlan = patientPlan(org, plan);
        Benefit deductible = benefits.createOverride(tenant, plan, patientPlan, amount(BenefitType.deductible, "25"));
        Benefit restorative =
                benefits.createOverride(tenant, plan, patientPlan, coinsurance(category(org, "Restorative"), 90));

        List<Benefit> effective = benefits.effective(tenant, plan, patientPlan);
        assertThat(effective).hasSize(7);
        assertThat(effective)
                .filteredOn(b -> b.benefitType() == BenefitType.deductible && b.coverageCategory() == null)
                .containsExactly(deductible);
        assertThat(effective)
                .filteredOn(b -> b.benefitType() == BenefitType.coinsurance)
                .extracting(b ->
                        b.coverageCategory().name() + " " + b.percent() + (b.isPatientOverride() ? " patient" : ""))
                .containsExactly("Preventive 100", "Crowns 50", "Restorative 90 patient");
        assertThat(effective).contains(restorative);
        assertThat(benefits.effective(tenant, plan, UUID.randomUUID()))
                .hasSize(7)
                .noneMatch(Benefit::isPatientOverride);
    }

    @Test
    void aGeneralCoinsuranceOverrideOutranksEveryPlanCoinsuranceInTheEffectiveBenefits() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        String planId = plan(org, "PPO", null);
        UUID plan = UUID.fromString(planId);
        org.api()
                .body(Map.of("benefits", BenefitSetApiTest.ppo(org)))
                .post("/plans/" + planId + "/benefits/bulk")
                .then()
                .statusCode(200);
        UUID patientPlan = patientPlan(org, plan);
        var general = new BenefitRequests.Create(
                BenefitType.coinsurance,
                null,
                null,
                null,
                null,
                70,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        benefits.createOverride(tenant, plan, patientPlan, general);
        assertThat(benefits.effective(tenant, plan, patientPlan))
                .filteredOn(b -> b.benefitType() == BenefitType.coinsurance)
                .extracting(Benefit::percent)
                .containsExactly(70);
    }

    @Test
    void aCodeGroupCoinsuranceOverrideOutranksPlanCoinsuranceOnCodesInTheGroup() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        String d0274 = BenefitApiTest.procedureCode(org, "D0274", "Four bitewings");
        String d0120 = BenefitApiTest.procedureCode(org, "D0120", "Recall exam");
        UUID plan = UUID.fromString(plan(org, "Codes", null));
        Benefit bitewings = benefits.create(
                tenant,
                plan,
                new BenefitRequests.Create(
                        BenefitType.coinsurance,
                        null,
                        null,
                        UUID.fromString(d0274),
                        null,
                        100,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Benefit exam = benefits.create(
                tenant,
                plan,
                new BenefitRequests.Create(
                        BenefitType.coinsurance,
                        null,
                        null,
                        UUID.fromString(d0120),
                        null,
                        100,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID patientPlan = patientPlan(org, plan);
        UUID bw = UUID.fromString(CoverageFixtures.codeGroup(org, "BW"));
        Benefit override = benefits.createOverride(
                tenant,
                plan,
                patientPlan,
                new BenefitRequests.Create(
                        BenefitType.coinsurance,
                        null,
                        bw,
                        null,
                        null,
                        80,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(benefits.effective(tenant, plan, patientPlan)).containsExactly(exam, override);
        assertThat(bitewings.procedureCode().code()).isEqualTo("D0274");
    }

    @Test
    void aCategoryCoinsuranceOverrideOutranksPlanCoinsuranceOnCodesTheCategoryContains() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        UUID filling = UUID.fromString(BenefitApiTest.procedureCode(org, "D2140", "Silver filling"));
        UUID cleaning = UUID.fromString(BenefitApiTest.procedureCode(org, "D1110", "Adult cleaning"));
        UUID plan = UUID.fromString(plan(org, "Codes", null));
        benefits.create(
                tenant,
                plan,
                new BenefitRequests.Create(
                        BenefitType.coinsurance,
                        null,
                        null,
                        filling,
                        null,
                        80,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Benefit planCleaning = benefits.create(
                tenant,
                plan,
                new BenefitRequests.Create(
                        BenefitType.coinsurance,
                        null,
                        null,
                        cleaning,
                        null,
                        100,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID patientPlan = patientPlan(org, plan);
        Benefit override =
                benefits.createOverride(tenant, plan, patientPlan, coinsurance(category(org, "Restorative"), 60));
        assertThat(benefits.effective(tenant, plan, patientPlan)).containsExactly(planCleaning, override);
    }
}
