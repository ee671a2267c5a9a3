package io.bitewing.x12;

import static io.bitewing.x12.X12ReadingGoldenTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTest;
import io.bitewing.support.ApiTestSupport;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class X12RemittanceApiTest extends ApiTestSupport {

    static final String FIRST = new String(resource("remittance-first.835"), StandardCharsets.UTF_8);
    static final String SECOND = new String(resource("remittance-second.835"), StandardCharsets.UTF_8);

    @Autowired
    JdbcClient jdbc;

    record Practice(Org org, String plan, String patientPlan, String book) {}

    private Practice practice() {
        var org = newOrg();
        var covered = X12EligibilityApiTest.covered(this, org, "D0120", "D1110", "D2391", "D2750");
        String book = org.api()
                .body(Map.of("name", "Learned from claims", "rule_type", "allowed_from_claims", "scope_type", "tenant"))
                .post("/estimate-books")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Practice(org, covered.plan(), covered.patientPlan(), book);
    }

    private static JsonPath post(Org org, String body, int status) {
        return org.api()
                .contentType("application/edi-x12")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/x12/835")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static List<Map<String, Object>> received(Practice p) {
        return p.org()
                .api()
                .get("/patient-plans/" + p.patientPlan() + "/history?status=received&page_size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private long rows(Practice p, String table) {
        return jdbc.sql("select count(*) from " + table + " where org_id = :org")
                .param("org", p.org().id())
                .query(Long.class)
                .single();
    }

    @Test
    void postsEachMatchedLineAsReceivedHistoryWithItsAdjustmentsAndSummarisesTheImport() {
        var p = practice();
        p.org()
                .api()
                .body(Map.of(
                        "procedure_code",
                        "D1110",
                        "date_of_service",
                        "2026-11-02",
                        "status",
                        "pending",
                        "insurance_paid",
                        70))
                .post("/patient-plans/" + p.patientPlan() + "/history")
                .then()
                .statusCode(201);

        var summary = post(p.org(), FIRST, 201);

        assertThat(summary.getInt("claims")).isEqualTo(6);
        assertThat(summary.getInt("lines")).isEqualTo(8);
        assertThat(summary.getInt("matched")).isEqualTo(6);
        assertThat(summary.getInt("unmatched")).isEqualTo(2);
        assertThat(summary.getInt("denied")).isEqualTo(1);
        assertThat(summary.getInt("pending_closed")).isEqualTo(1);
        assertThat(summary.getString("paid")).isEqualTo("320.00");
        assertThat(summary.getString("billed")).isEqualTo("720.00");
        assertThat(summary.getString("patient_responsibility")).isEqualTo("40.00");
        // Paid lines are evidence for the organisation's claims book: D0120, D1110, D2391 twice, D2750.
        assertThat(summary.getInt("evidence_rows")).isEqualTo(5);

        var rows = received(p);
        assertThat(rows).hasSize(6);
        var prophy = rows.stream()
                .filter(r -> "D1110".equals(r.get("procedure_code")))
                .findFirst()
                .orElseThrow();
        assertThat(prophy)
                .containsEntry("fee", "100.00")
                .containsEntry("insurance_paid", "60.00")
                .containsEntry("deductible_applied", "20.00")
                .containsEntry("date_of_service", "2026-11-02");
        assertThat((String) prophy.get("notes")).contains("patient responsibility 40.00");
        var denied = rows.stream()
                .filter(r -> "2026-11-05".equals(r.get("date_of_service")))
                .findFirst()
                .orElseThrow();
        assertThat(denied).containsEntry("insurance_paid", "0.00").containsEntry("write_off", "80.00");
        assertThat((String) denied.get("notes")).contains("not paid: CO-96");
        // The split claim PCN102 posts both of its parts.
        assertThat(rows.stream().filter(r -> "2026-11-10".equals(r.get("date_of_service"))))
                .hasSize(2);
        p.org()
                .api()
                .get("/patient-plans/" + p.patientPlan() + "/history?status=pending")
                .then()
                .body("total", equalTo(0));
        var evidence = p.org()
                .api()
                .get("/estimate-books/" + p.book() + "/evidence?page_size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(evidence.getInt("total")).isEqualTo(5);

        var review = p.org()
                .api()
                .get("/x12/review-items?interchange_uuid=" + summary.getString("interchange_uuid"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(review.getList("items.reason", String.class))
                .anyMatch(r -> r.contains("ZZZ000"))
                .anyMatch(r -> r.contains("D9999"));
        assertThat(review.getList("items.segment_text", String.class)).allMatch(s -> s.contains("SVC*AD:"));
    }

    @Test
    void importingTheSameRemittanceAgainChangesNothing() {
        var p = practice();
        post(p.org(), FIRST, 201);
        long history = rows(p, "claim_history");
        long reviews = rows(p, "x12_review_item");
        long interchanges = rows(p, "x12_interchange");

        var again = post(p.org(), FIRST, 200);

        assertThat(again.getBoolean("already_imported")).isTrue();
        assertThat(again.getString("skipped[0].trace_number")).isEqualTo("EFT1001/1600054321");
        assertThat(rows(p, "claim_history")).isEqualTo(history);
        assertThat(rows(p, "x12_review_item")).isEqualTo(reviews);
        assertThat(rows(p, "x12_interchange")).isEqualTo(interchanges);
    }

    @Test
    void aReversalTakesBackTheEarlierPaymentAndTheCorrectionReplacesItWhileASupplementalPaymentAddsToTheService() {
        var p = practice();
        post(p.org(), FIRST, 201);

        var summary = post(p.org(), SECOND, 201);

        assertThat(summary.getInt("reversed")).isEqualTo(3);
        assertThat(summary.getInt("supplemental")).isEqualTo(1);
        var rows = received(p);
        var onTheCorrectedDay = rows.stream()
                .filter(r -> "2026-11-02".equals(r.get("date_of_service")))
                .toList();
        assertThat(onTheCorrectedDay).hasSize(3);
        assertThat(onTheCorrectedDay.stream()
                        .filter(r -> "D1110".equals(r.get("procedure_code")))
                        .map(r -> r.get("insurance_paid")))
                .containsExactly("80.00");
        var supplemental = rows.stream()
                .filter(r -> "2026-11-05".equals(r.get("date_of_service")))
                .toList();
        assertThat(supplemental).hasSize(2);
        assertThat(supplemental.stream().map(r -> r.get("insurance_paid"))).containsExactlyInAnyOrder("0.00", "30.00");
        // The service's fee is counted once.
        assertThat(supplemental.stream().filter(r -> r.get("fee") != null)).hasSize(1);
    }

    @Test
    void aReversalOfAClaimNeverPostedGoesToReview() {
        var p = practice();
        var summary = post(p.org(), SECOND, 201);
        assertThat(summary.getInt("reversed")).isZero();
        p.org()
                .api()
                .get("/x12/review-items")
                .then()
                .body(
                        "items.reason",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                                "reversal (CLP02 22) of a claim no earlier remittance")));
    }

    @Test
    void aBrokenRemittanceIsRefusedWithTheSegmentPositionAndChangesNothing() {
        var p = practice();
        String truncated = FIRST.substring(0, FIRST.indexOf("CLP*PCN103"));
        var refusal = post(p.org(), truncated, 422);
        assertThat(refusal.getList("detail[0].loc")).startsWith("body", "segment");
        var wrongSet = post(p.org(), X12EligibilityApiTest.ACTIVE, 422);
        assertThat(wrongSet.getList("detail[0].loc")).containsExactly("body", "segment", 3);
        assertThat(rows(p, "claim_history")).isZero();
        assertThat(rows(p, "x12_interchange")).isZero();
    }
}
