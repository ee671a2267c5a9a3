package io.bitewing.shared.db;

import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.plan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.StatementCounter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class SingleStatementReadTest extends ApiTestSupport {

    @Autowired
    PlanService plans;

    @Autowired
    PatientPlanService patientPlans;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPlanReadByIdIsOneStatementWithNoTransactionToCommit() {
        var org = newOrg();
        var id = UUID.fromString(plan(org, "Harbor"));
        var counted = StatementCounter.count(() -> plans.get(new Tenant(org.id(), null), id));
        assertThat(counted.result().id()).isEqualTo(id);
        assertThat(counted.statements()).isEqualTo(1);
        assertThat(counted.commits()).isZero();
    }

    @Test
    void insideACallersTransactionTheReadJoinsItRatherThanCommittingItsOwn() {
        var org = newOrg();
        var id = UUID.fromString(plan(org, "Harbor"));
        var tenant = new Tenant(org.id(), null);
        var counted = StatementCounter.count(() -> transactions.execute(tx -> {
            plans.get(tenant, id);
            return plans.get(tenant, id);
        }));
        assertThat(counted.statements()).isEqualTo(2);
        assertThat(counted.commits()).isEqualTo(1);
    }

    @Test
    void aReadOfSeveralStatementsKeepsOneTransactionSoItsPartsAgree() {
        var org = newOrg();
        String subscriber = patient(org, "Ana", "Reyes");
        String subscription = subscription(org, plan(org, "Harbor"), subscriber, "M-1");
        var id = UUID.fromString(patientPlan(org, subscriber, subscription, "self"));
        var counted = StatementCounter.count(() -> patientPlans.get(new Tenant(org.id(), null), id));
        assertThat(counted.statements()).isGreaterThan(1);
        assertThat(counted.commits()).isEqualTo(1);
    }

    @Test
    void aPlanWithItsBenefitsStillComesBackWholeAndAnUnknownPlanIsA404() {
        var org = newOrg();
        String id = plan(org, "Harbor");
        org.api()
                .body(Map.of("benefit_type", "deductible", "monetary_amt", 50))
                .post("/plans/" + id + "/benefits")
                .then()
                .statusCode(201);
        org.api()
                .queryParam("include_benefits", true)
                .get("/plans/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("benefits", hasSize(1));
        org.api()
                .get("/plans/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("$", not(hasKey("benefits")));
        org.api().get("/plans/" + UUID.randomUUID()).then().statusCode(404).body("detail", equalTo("Plan not found"));
    }
}
