package io.bitewing.estimate;

import static io.bitewing.estimate.EstimateFixtures.benefit;
import static io.bitewing.estimate.EstimateFixtures.procedure;
import static io.bitewing.estimate.EstimateFixtures.setup;
import static io.bitewing.support.CoverageFixtures.category;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient plan's benefits_summary, the remaining-benefits answer and the estimator read the same maximum from a
 * plan's rows (estimation-rules.md §2 "Maximum kinds"): a limitation with an amount and no target is an annual maximum
 * in all three.
 */
class BenefitTotalsAgreeApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anUntargetedLimitationWithAnAmountIsTheAnnualMaximumEverywhere() {
        var s = setup(newOrg(), "ppo_percentage");
        String plan = EstimateFixtures.plan(s.org(), "Southwind", "ppo_percentage", "Limitation only");
        benefit(
                s.org(),
                plan,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Crowns"),
                "percent",
                50);
        benefit(s.org(), plan, "benefit_type", "limitation", "monetary_amt", 600);
        s.assign(plan, s.ppo(), "primary");
        String patient = CoverageFixtures.patient(s.org(), "Lim", "Itation");
        String subscription = CoverageFixtures.subscription(s.org(), plan, patient, "L-1");
        String patientPlan = CoverageFixtures.patientPlan(s.org(), patient, subscription, "self");
        s.history(
                patientPlan,
                "status",
                "adjustment",
                "date_of_service",
                TODAY.withDayOfMonth(1).toString(),
                "insurance_paid",
                200);

        // 600 less the 200 paid elsewhere this year leaves 400.
        s.org()
                .api()
                .get("/patients/" + patient + "/insurance/" + patientPlan)
                .then()
                .statusCode(200)
                .body("benefits_summary.annual_max_total", equalTo("600.00"))
                .body("benefits_summary.annual_max_used", equalTo("200.00"))
                .body("benefits_summary.annual_max_remaining", equalTo("400.00"));
        s.org()
                .api()
                .get("/patients/" + patient + "/remaining-benefits?as_of_date=" + TODAY)
                .then()
                .statusCode(200)
                .body("plans[0].annual_max.total", equalTo("600.00"))
                .body("plans[0].annual_max.used", equalTo("200.00"))
                .body("plans[0].annual_max.remaining", equalTo("400.00"));
        // The crown (PPO fee 950, no deductible on this plan) would pay 475 at 50 %: the 400 left caps it.
        var crown = procedure("crown", "D2740", "3");
        crown.put("date_of_service", TODAY.toString());
        s.estimateFor(patient, List.of(crown), "as_of_date", TODAY.toString())
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("400.00"))
                .body("procedures[0].lines[0].limited_by", hasItem("annual_max"));
    }
}
