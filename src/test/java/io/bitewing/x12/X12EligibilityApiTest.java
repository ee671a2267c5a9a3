package io.bitewing.x12;

import static io.bitewing.x12.X12ReadingGoldenTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.bitewing.support.ApiTest;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class X12EligibilityApiTest extends ApiTestSupport {

    static final String ACTIVE = new String(resource("eligibility-active.271"), StandardCharsets.UTF_8);

    @Autowired
    JdbcClient jdbc;

    record Covered(Org org, String plan, String patientPlan) {}

    /** Odessa Quillfeather covered by Lakeside Gold under member id LDB500123, and the practice bills the codes. */
    static Covered covered(ApiTestSupport test, Org org, String... codes) {
        for (String code : codes.length == 0 ? new String[] {"D1110", "D1351", "D0330", "D4381"} : codes) {
            org.practice()
                    .body(Map.of("code", code, "description", "Procedure " + code))
                    .post("/procedure-codes")
                    .then()
                    .statusCode(201);
        }
        String patient = CoverageFixtures.patient(org, "Odessa", "Quillfeather");
        String plan = CoverageFixtures.plan(org, "Lakeside Gold");
        String subscription = CoverageFixtures.subscription(org, plan, patient, "LDB500123");
        return new Covered(org, plan, CoverageFixtures.patientPlan(org, patient, subscription, "self"));
    }

    static JsonPath import271(Org org, String body, String query, int status) {
        return org.api()
                .contentType("application/edi-x12")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/x12/271" + query)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    @Test
    void importsA271AsAVerificationEligibilityFactsHistoryAndAChangeSetWithoutTouchingThePlan() {
        var c = covered(this, newOrg());
        var answer = import271(c.org(), ACTIVE, "?patient_plan_uuid=" + c.patientPlan(), 201);

        assertThat(answer.getString("coverage")).isEqualTo("active");
        assertThat(answer.getInt("outside_office_rows_added")).isEqualTo(1);
        assertThat(answer.getMap("change_set.counts"))
                .containsEntry("add", 15)
                .containsEntry("not_understood", 1)
                .containsEntry("skipped", 1)
                .containsEntry("fact", 4);
        assertThat(answer.getList(
                        "change_set.items.findAll { it.kind == 'not_understood' }.segment_text", String.class))
                .contains("EB*A**98*****0.10****Y~");
        assertThat(answer.getList("change_set.items.findAll { it.kind == 'fact' }.segment_text", String.class))
                .contains("EB*X~MSG*CALL FOR ORTHODONTIC CONSULTATION~");
        // Nothing changes a plan before the review step.
        c.org()
                .api()
                .get("/plans/" + c.plan() + "/benefits")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        String verification = answer.getString("change_set.verification_uuid");
        c.org()
                .api()
                .get("/verifications/" + verification)
                .then()
                .statusCode(200)
                .body("verification_source", equalTo("electronic"))
                .body("verification_type", equalTo("eligibility"))
                .body("verification_status", equalTo("verified"));
        c.org()
                .api()
                .get("/patient-plans/" + c.patientPlan() + "/eligibility")
                .then()
                .statusCode(200)
                .body("individual_deductible_policy_in_network", equalTo("50.00"))
                .body("individual_deductible_remaining_in_network", equalTo("20.00"))
                .body("eligibility_check_status", equalTo("active"));
        c.org()
                .api()
                .get("/patient-plans/" + c.patientPlan() + "/history?status=outside_office")
                .then()
                .statusCode(200)
                .body("items.procedure_code", equalTo(List.of("D1110")))
                .body("items[0].date_of_service", equalTo("2026-03-15"));
        String raw = c.org()
                .api()
                .get("/x12/interchanges/" + answer.getString("change_set.interchange_uuid"))
                .then()
                .statusCode(200)
                .extract()
                .path("raw");
        assertThat(raw).isEqualTo(ACTIVE);
    }

    @Test
    void applyingChosenItemsChangesThePlanInOneAuditedStepAndASecondImportShowsThemUnchanged() {
        var c = covered(this, newOrg());
        var first = import271(c.org(), ACTIVE, "?patient_plan_uuid=" + c.patientPlan(), 201);
        String changeSet = first.getString("change_set.id");
        List<String> adds = first.getList("change_set.items.findAll { it.kind == 'add' }.id", String.class);

        var applied = c.org()
                .api()
                .body(Map.of("item_uuids", adds))
                .post("/x12/change-sets/" + changeSet + "/apply")
                .then()
                .statusCode(200)
                .body("status", equalTo("applied"))
                .extract()
                .jsonPath();
        assertThat(applied.getList("items.findAll { it.applied_at != null }")).hasSize(adds.size());
        c.org()
                .api()
                .get("/plans/" + c.plan() + "/benefits?page_size=100")
                .then()
                .statusCode(200)
                .body("total", equalTo(adds.size()))
                .body("items.benefit_type", hasItem("ortho_lifetime_max"))
                .body("items.findAll { it.benefit_type == 'annual_max' }[0].monetary_amt", equalTo("1500.00"));
        assertThat(jdbc.sql("select count(*) from audit_log where org_id = :org and entity_type = 'x12_change_set'")
                        .param("org", c.org().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        c.org()
                .api()
                .body(Map.of("item_uuids", adds))
                .post("/x12/change-sets/" + changeSet + "/apply")
                .then()
                .statusCode(409);

        String raised = ACTIVE.replace("EB*F*IND*35***23*1500.00", "EB*F*IND*35***23*2000.00");
        var second = import271(c.org(), raised, "", 201);
        assertThat(second.getMap("change_set.counts"))
                .containsEntry("unchanged", 14)
                .containsEntry("change", 1);
        var change = second.getMap("change_set.items.find { it.kind == 'change' }");
        assertThat(((Map<?, ?>) change.get("current")).get("monetary_amt")).isEqualTo("1500.00");
        assertThat(new java.math.BigDecimal(
                        ((Map<?, ?>) change.get("proposed")).get("monetary_amt").toString()))
                .isEqualByComparingTo("2000");
        c.org()
                .api()
                .body(Map.of("item_uuids", List.of(change.get("id"))))
                .post("/x12/change-sets/" + second.getString("change_set.id") + "/apply")
                .then()
                .statusCode(200);
        c.org()
                .api()
                .get("/plans/" + c.plan() + "/benefits?page_size=100")
                .then()
                .body("items.findAll { it.benefit_type == 'annual_max' }[0].monetary_amt", equalTo("2000.00"))
                .body("total", equalTo(adds.size()));
        // The same last visit is not recorded twice.
        c.org()
                .api()
                .get("/patient-plans/" + c.patientPlan() + "/history?status=outside_office")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void applyIsRefusedWhenThePlanBenefitsChangedSinceTheRead() {
        var c = covered(this, newOrg());
        var read = import271(c.org(), ACTIVE, "?patient_plan_uuid=" + c.patientPlan(), 201);
        c.org()
                .api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 900))
                .post("/plans/" + c.plan() + "/benefits")
                .then()
                .statusCode(201);
        c.org()
                .api()
                .body(Map.of("item_uuids", read.getList("change_set.items.findAll { it.kind == 'add' }.id")))
                .post("/x12/change-sets/" + read.getString("change_set.id") + "/apply")
                .then()
                .statusCode(409)
                .body("current_version", equalTo(read.getInt("change_set.base_version") + 1));
        c.org().api().get("/plans/" + c.plan() + "/benefits").then().body("total", equalTo(1));
    }

    @Test
    void applyNamesAnItemThatIsNotAnAddOrChange() {
        var c = covered(this, newOrg());
        var read = import271(c.org(), ACTIVE, "?patient_plan_uuid=" + c.patientPlan(), 201);
        String fact = read.getString("change_set.items.find { it.kind == 'fact' }.id");
        assertInvalid(
                c.org()
                        .api()
                        .body(Map.of("item_uuids", List.of(fact)))
                        .post("/x12/change-sets/" + read.getString("change_set.id") + "/apply")
                        .then(),
                "body",
                "item_uuids",
                0);
    }

    @Test
    void findsThePatientPlanByMemberIdNameAndBirthDate() {
        var c = covered(this, newOrg());
        var answer = import271(c.org(), ACTIVE, "", 201);
        assertThat(answer.getString("change_set.patient_plan_uuid")).isEqualTo(c.patientPlan());

        String stranger = ACTIVE.replace("LDB500123", "LDB999999");
        assertInvalid(
                        c.org()
                                .api()
                                .contentType("text/plain")
                                .body(stranger)
                                .post("/x12/271")
                                .then(),
                        "query",
                        "patient_plan_uuid")
                .body("detail[0].msg", containsString("LDB999999"));
    }

    @Test
    void aRejected271IsAVerificationThatCouldNotBeMadeAndRecordsNoBenefits() {
        var c = covered(this, newOrg());
        String rejected =
                X12ReadingGoldenTest.recount(ACTIVE.replace("DMG*D8*19850402*F~", "DMG*D8*19850402*F~\nAAA*Y**72*C~"));
        var answer = import271(c.org(), rejected, "?patient_plan_uuid=" + c.patientPlan(), 201);
        assertThat(answer.getString("coverage")).isEqualTo("rejected");
        c.org()
                .api()
                .get("/verifications/" + answer.getString("change_set.verification_uuid"))
                .then()
                .body("verification_status", equalTo("unable_to_verify"))
                .body("notes", containsString("72"));
        c.org()
                .api()
                .get("/patient-plans/" + c.patientPlan() + "/eligibility")
                .then()
                .statusCode(404);
    }

    @Test
    void hostileInterchangesAreRefusedWithTheSegmentPositionAndChangeNothing() {
        var c = covered(this, newOrg());
        String truncated = ACTIVE.substring(0, ACTIVE.indexOf("EB*I"));
        for (String body : List.of(truncated, "<xml/>", ACTIVE.replace("005010X279A1", "006020X279"), "")) {
            var refusal = c.org()
                    .api()
                    .contentType("application/edi-x12")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .post("/x12/271?patient_plan_uuid=" + c.patientPlan())
                    .then()
                    .statusCode(422)
                    .extract()
                    .jsonPath();
            assertThat(refusal.getList("detail[0].loc")).startsWith("body", "segment");
        }
        assertThat(jdbc.sql("select count(*) from x12_interchange where org_id = :org")
                        .param("org", c.org().id())
                        .query(Long.class)
                        .single())
                .isZero();
        c.org()
                .api()
                .get("/patient-plans/" + c.patientPlan() + "/verifications")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void anotherOrganisationCannotReadTheChangeSet() {
        var c = covered(this, newOrg());
        var read = import271(c.org(), ACTIVE, "?patient_plan_uuid=" + c.patientPlan(), 201);
        var other = newOrg();
        other.api()
                .get("/x12/change-sets/" + read.getString("change_set.id"))
                .then()
                .statusCode(404);
        other.api()
                .get("/x12/interchanges/" + read.getString("change_set.interchange_uuid"))
                .then()
                .statusCode(404);
        other.api()
                .contentType("application/edi-x12")
                .body(ACTIVE.getBytes(StandardCharsets.UTF_8))
                .post("/x12/271?patient_plan_uuid=" + c.patientPlan())
                .then()
                .statusCode(404);
    }
}
