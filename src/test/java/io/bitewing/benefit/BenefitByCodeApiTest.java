package io.bitewing.benefit;

import static io.bitewing.benefit.BenefitApiTest.body;
import static io.bitewing.benefit.BenefitApiTest.plan;
import static io.bitewing.benefit.BenefitApiTest.procedureCode;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bulk benefit set names a procedure code by the code itself, as an office writes it. */
class BenefitByCodeApiTest extends ApiTestSupport {

    @Test
    void aBulkSetTargetsAProcedureByItsCode() {
        var org = newOrg();
        String plan = plan(org, "By code", null);
        String crown = procedureCode(org, "D2740", "Porcelain crown");
        org.api()
                .body(Map.of(
                        "benefits",
                        List.of(
                                body("benefit_type", "coinsurance", "procedure_code", "d2740", "percent", 50),
                                body("benefit_type", "annual_max", "monetary_amt", 1500))))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(200)
                .body("items.find { it.benefit_type == 'coinsurance' }.procedure_code.id", equalTo(crown))
                .body("items.find { it.benefit_type == 'coinsurance' }.procedure_code.code", equalTo("D2740"));
    }

    @Test
    void anUnknownCodeOrACodeNamedBothWaysIsA422AtTheRowAndNothingChanges() {
        var org = newOrg();
        String plan = plan(org, "By code", null);
        String crown = procedureCode(org, "D2740", "Porcelain crown");
        org.api()
                .body(Map.of(
                        "benefits",
                        List.of(
                                body("benefit_type", "annual_max", "monetary_amt", 1500),
                                body("benefit_type", "coinsurance", "procedure_code", "D0000", "percent", 50),
                                body(
                                        "benefit_type",
                                        "coinsurance",
                                        "procedure_code",
                                        "D2740",
                                        "procedure_code_uuid",
                                        crown,
                                        "percent",
                                        50))))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(422)
                .body("detail.loc[0]", equalTo(List.of("body", "benefits", 1, "procedure_code")))
                .body("detail.loc[1]", equalTo(List.of("body", "benefits", 2, "procedure_code")));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(0));
    }
}
