package io.bitewing.estimatebook;

import static io.bitewing.estimatebook.Books.PATH;
import static io.bitewing.estimatebook.Books.awaitRun;
import static io.bitewing.estimatebook.Books.book;
import static io.bitewing.estimatebook.Books.daysAgo;
import static io.bitewing.estimatebook.Books.evidence;
import static io.bitewing.estimatebook.Books.fee;
import static io.bitewing.estimatebook.Books.recompute;
import static io.bitewing.estimatebook.Books.recomputed;
import static io.bitewing.estimatebook.Books.schedule;
import static io.bitewing.estimatebook.Books.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.Metrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RecomputeApiTest extends ApiTestSupport {

    private static final String STARTED = "bitewing_estimate_book_runs_started_total";
    private static final String COMPLETED = "bitewing_estimate_book_runs_finished_total{outcome=\"completed\"}";
    private static final String FAILED = "bitewing_estimate_book_runs_finished_total{outcome=\"failed\"}";

    @Autowired
    JdbcClient jdbc;

    /**
     * Carrier A (carrier group "Acme Group") with plans P1 (group G-100) and P2 (group G-200); carrier B in the same
     * carrier group with plan P3. A carrier book for A walks: plan (2 years), group number, carrier (1 year), carrier
     * group (3 years), then falls back to the UCR fee, capped at UCR.
     */
    private record World(Org org, String book, String p1, String p2, Map<String, String> codes) {}

    private World world() {
        var org = newOrg();
        var codes = new HashMap<String, String>();
        for (String code : List.of("D2740", "D1110", "D0120", "D0150")) {
            codes.put(code, Books.code(org, code));
        }
        String ucr = schedule(org, "Office UCR", "normal");
        fee(org, ucr, codes.get("D2740"), 115);
        fee(org, ucr, codes.get("D0120"), 60);
        Books.officeWithUcr(org, ucr);
        String a = Books.carrier(org, "Acme Mutual", "Acme Group");
        String b = Books.carrier(org, "Beta Dental", "acme group ");
        String p1 = Books.outOfNetworkPlan(org, a, "P1", "G-100");
        String p2 = Books.outOfNetworkPlan(org, a, "P2", "G-200");
        String p3 = Books.outOfNetworkPlan(org, b, "P3", "G-300");
        String book = book(
                org,
                Map.of(
                        "name",
                        "Acme Blue Book",
                        "rule_type",
                        "ucr_fallback",
                        "carrier_uuid",
                        a,
                        "exclude_over_ucr",
                        true));
        step(org, book, 1, "insurance_plan", "years", 2);
        step(org, book, 2, "group_number", "none", 0);
        step(org, book, 3, "insurance_carrier", "years", 1);
        step(org, book, 4, "insurance_carrier_group", "years", 3);

        String crown = codes.get("D2740");
        evidence(org, book, paid(crown, 30, "insurance_plan_uuid", p1, "allowed_override", 100));
        evidence(org, book, paid(crown, 60, "insurance_plan_uuid", p1, "allowed_override", 110));
        // One odd payment: the median keeps it from dragging the fee up.
        evidence(org, book, paid(crown, 90, "insurance_plan_uuid", p1, "allowed_override", 300));
        // Older than the plan step's two years; only the wider steps could see it.
        evidence(org, book, paid(crown, 3 * 365 + 10, "insurance_plan_uuid", p1, "allowed_override", 50));
        // A secondary claim's payment reflects coordination, not the allowance: never learned from.
        evidence(
                org,
                book,
                paid(crown, 15, "insurance_plan_uuid", p1, "allowed_override", 1000, "claim_role", "secondary"));
        // Carrier-level evidence (no plan): the payment stands in for the allowed amount.
        evidence(org, book, paid(crown, 30, "carrier_uuid", a, "insurance_payment_amount", 130));

        String cleaning = codes.get("D1110");
        evidence(org, book, paid(cleaning, 20, "carrier_uuid", b, "group_number", " g-100 ", "allowed_override", 70));
        evidence(org, book, paid(cleaning, 10, "insurance_plan_uuid", p3, "insurance_payment_amount", 80));

        // Five years old: outside every window, so the exam falls back to the UCR fee.
        evidence(org, book, paid(codes.get("D0120"), 5 * 365, "insurance_plan_uuid", p3, "allowed_override", 40));
        return new World(org, book, p1, p2, codes);
    }

    private static Map<String, Object> paid(String code, int daysAgo, Object... fields) {
        var body = new HashMap<String, Object>(Map.of(
                "procedure_code_uuid",
                code,
                "procedure_service_date",
                daysAgo(daysAgo),
                "source_type",
                "adjudicated_claim"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    /** The book's entries as "plan code" -> "fee from step (samples)". */
    private static Map<String, String> entries(Org org, String book) {
        List<Map<String, Object>> items = org.api()
                .get(PATH + "/" + book + "/allowed-fees?page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        var found = new HashMap<String, String>();
        for (var item : items) {
            @SuppressWarnings("unchecked")
            var plan = (Map<String, Object>) item.get("insurance_plan");
            @SuppressWarnings("unchecked")
            var code = (Map<String, Object>) item.get("procedure_code");
            @SuppressWarnings("unchecked")
            var step = (Map<String, Object>) item.get("estimate_book_rule_step");
            found.put(
                    plan.get("name") + " " + code.get("name"),
                    item.get("allowed_fee") + " from " + (step == null ? "fallback" : step.get("name")) + " ("
                            + item.get("sample_count") + ")");
        }
        return found;
    }

    @Test
    void walksTheStepsInPriorityOrderWithinTheirWindowsCapsAtUcrAndFallsBackToUcr() {
        var w = world();
        String runId = recompute(w.org(), w.book());
        var run = awaitRun(w.org(), w.book(), runId);
        assertThat(run.<String>path("status")).isEqualTo("completed");
        assertThat(run.<Object>path("finished_at")).isNotNull();
        assertThat(run.<Object>path("error")).isNull();

        assertThat(entries(w.org(), w.book()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "P1 D2740", "110.0 from insurance_plan (3)", // median of 100, 110, 300
                        "P2 D2740",
                                "115.0 from insurance_carrier (4)", // median of 100, 110, 130, 300 = 120, capped at UCR
                        // 115
                        "P1 D1110", "70.0 from group_number (1)", // " g-100 " matches G-100
                        "P2 D1110", "75.0 from insurance_carrier_group (2)", // carriers of Acme Group: 70 and 80
                        "P1 D0120", "60.0 from fallback (0)", // no evidence in any window: the UCR fee
                        "P2 D0120", "60.0 from fallback (0)"));
        assertThat(run.<Map<String, Object>>path("summary_json"))
                .containsEntry("codes_computed", 3)
                .containsEntry("entries_computed", 6)
                .containsEntry("changed", 6)
                .containsEntry("unchanged", 0)
                .containsEntry("targets", 2)
                .containsEntry(
                        "by_step",
                        Map.of(
                                "1:insurance_plan",
                                1,
                                "2:group_number",
                                1,
                                "3:insurance_carrier",
                                1,
                                "4:insurance_carrier_group",
                                1,
                                "fallback:ucr_fee",
                                2));
        w.org()
                .api()
                .get(PATH + "/" + w.book() + "/adjustment-logs?page_size=200")
                .then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body(
                        "items.find { it.insurance_plan.name == 'P1' && it.procedure_code.name == 'D2740' }.change_reason",
                        equalTo("recompute"))
                .body(
                        "items.find { it.insurance_plan.name == 'P1' && it.procedure_code.name == 'D2740' }"
                                + ".previous_allowed_fee",
                        nullValue())
                .body("items[0].estimate_book_run.id", equalTo(runId));
    }

    @Test
    void aSecondRecomputeLogsOnlyTheFeesThatChanged() {
        var w = world();
        recomputed(w.org(), w.book());
        var same = recomputed(w.org(), w.book());
        assertThat(same.<Map<String, Object>>path("summary_json"))
                .containsEntry("changed", 0)
                .containsEntry("unchanged", 6);

        evidence(
                w.org(),
                w.book(),
                paid(w.codes().get("D2740"), 5, "insurance_plan_uuid", w.p1(), "allowed_override", 120));
        evidence(
                w.org(),
                w.book(),
                paid(w.codes().get("D2740"), 6, "insurance_plan_uuid", w.p1(), "allowed_override", 125));
        var changed = recomputed(w.org(), w.book());
        assertThat(changed.<Map<String, Object>>path("summary_json"))
                .containsEntry("changed", 1)
                .containsEntry("unchanged", 5);
        assertThat(entries(w.org(), w.book())).containsEntry("P1 D2740", "115.0 from insurance_plan (5)");
        w.org()
                .api()
                .get(PATH + "/" + w.book() + "/adjustment-logs")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .body("items[0].previous_allowed_fee", equalTo(110.0f))
                .body("items[0].new_allowed_fee", equalTo(115.0f))
                .body("items[0].delta_allowed_fee", equalTo(5.0f));
        w.org()
                .api()
                .get(PATH + "/" + w.book() + "/runs")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].status", equalTo("completed"));
    }

    @Test
    void aManualScheduleBookFallsBackToItsScheduleAndAnEvidenceOnlyBookDoesNot() {
        var org = newOrg();
        String exam = Books.code(org, "D0120");
        String crown = Books.code(org, "D2740");
        String plan = Books.outOfNetworkPlan(org, Books.carrier(org, "Gamma", null), "Gamma Plan", "GM-1");
        String manual = schedule(org, "Gamma Blue Book", "manual_blue_book");
        fee(org, manual, exam, 45);
        String book = book(
                org,
                Map.of(
                        "name",
                        "Gamma",
                        "rule_type",
                        "manual_fee_schedule",
                        "insurance_plan_uuid",
                        plan,
                        "allowed_fee_schedule_uuid",
                        manual));
        step(org, book, 1, "insurance_plan", "none", 0);
        evidence(org, book, paid(crown, 10, "insurance_plan_uuid", plan, "allowed_override", 800));
        recomputed(org, book);
        assertThat(entries(org, book))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Gamma Plan D2740", "800.0 from insurance_plan (1)",
                        "Gamma Plan D0120", "45.0 from fallback (0)"));

        org.api()
                .body(Map.of("base_version", 1, "rule_type", "allowed_from_claims"))
                .patch(PATH + "/" + book)
                .then()
                .statusCode(200);
        var run = recomputed(org, book);
        assertThat(entries(org, book)).containsOnlyKeys("Gamma Plan D2740");
        assertThat(run.<Map<String, Object>>path("summary_json")).containsEntry("removed", 1);
    }

    @Test
    void everyRunIsCountedOnThePrometheusPageAsStartedAndThenCompleted() throws Exception {
        var w = world();
        double started = Metrics.value(port, STARTED);
        double completed = Metrics.value(port, COMPLETED);

        recomputed(w.org(), w.book());

        assertThat(Metrics.await(port, COMPLETED, completed + 1)).isGreaterThanOrEqualTo(completed + 1);
        assertThat(Metrics.value(port, STARTED)).isGreaterThanOrEqualTo(started + 1);
        assertThat(Metrics.value(port, "bitewing_estimate_book_runs_running")).isZero();
    }

    @Test
    void aRunWhoseManualScheduleWasArchivedFailsWithTheReason() throws Exception {
        double failed = Metrics.value(port, FAILED);
        var org = newOrg();
        String plan = Books.outOfNetworkPlan(org, Books.carrier(org, "Delta", null), "Delta Plan", "D-1");
        String manual = schedule(org, "Delta Blue Book", "manual_blue_book");
        fee(org, manual, Books.code(org, "D0120"), 45);
        String book = book(
                org,
                Map.of(
                        "name",
                        "Delta",
                        "rule_type",
                        "manual_fee_schedule",
                        "insurance_plan_uuid",
                        plan,
                        "allowed_fee_schedule_uuid",
                        manual));
        org.api().post("/fee-schedules/" + manual + "/archive").then().statusCode(200);

        String runId = recompute(org, book);
        var run = awaitRun(org, book, runId);
        assertThat(run.<String>path("status")).isEqualTo("failed");
        assertThat(run.<String>path("error")).contains("Delta Blue Book", "archived");
        assertThat(run.<Object>path("finished_at")).isNotNull();
        assertThat(Metrics.await(port, FAILED, failed + 1)).isGreaterThanOrEqualTo(failed + 1);
        org.api().get(PATH + "/" + book + "/allowed-fees").then().body("total", equalTo(0));
        // A failed run does not hold the book: the next recompute may start.
        org.api().post(PATH + "/" + book + "/recompute").then().statusCode(201);
    }

    @Test
    void aSecondRecomputeWhileOneIsRunningIsAConflict() {
        var w = world();
        // A run in progress, as another instance would have left it mid-way.
        UUID running = UUID.randomUUID();
        jdbc.sql(
                        "insert into estimate_book_run (org_id, id, estimate_book_id, status) values (:org, :id, :book, 'running')")
                .param("org", w.org().id())
                .param("id", running)
                .param("book", UUID.fromString(w.book()))
                .update();
        w.org()
                .api()
                .post(PATH + "/" + w.book() + "/recompute")
                .then()
                .statusCode(409)
                .body("detail", containsString("already running"));
        jdbc.sql("update estimate_book_run set status = 'failed', finished_at = now() where org_id = :org and id = :id")
                .param("org", w.org().id())
                .param("id", running)
                .update();
        w.org()
                .api()
                .post(PATH + "/" + w.book() + "/recompute")
                .then()
                .statusCode(201)
                .body("status", equalTo("running"));
    }

    @Test
    void concurrentRecomputesOfOneBookNeitherOverlapNorCorruptTheEntries() throws Exception {
        var w = world();
        Callable<Integer> start = () -> w.org()
                .api()
                .post(PATH + "/" + w.book() + "/recompute")
                .then()
                .extract()
                .statusCode();
        var pool = Executors.newFixedThreadPool(4);
        var statuses = new ArrayList<Integer>();
        try {
            for (var f : pool.invokeAll(List.of(start, start, start, start))) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsAnyOf(201).allMatch(s -> s == 201 || s == 409);
        List<String> runs = w.org()
                .api()
                .get(PATH + "/" + w.book() + "/runs")
                .then()
                .extract()
                .path("items.id");
        assertThat(runs).hasSize((int) statuses.stream().filter(s -> s == 201).count());
        for (String run : runs) {
            assertThat(awaitRun(w.org(), w.book(), run).<String>path("status")).isEqualTo("completed");
        }
        assertThat(entries(w.org(), w.book())).hasSize(6).containsEntry("P1 D2740", "110.0 from insurance_plan (3)");
    }

    @Test
    void runsAnswer404ForUnknownBooksAndRunsAnd409ForAnArchivedBook() {
        var w = world();
        var other = newOrg();
        other.api().post(PATH + "/" + w.book() + "/recompute").then().statusCode(404);
        other.api().get(PATH + "/" + w.book() + "/runs").then().statusCode(404);
        String run = recompute(w.org(), w.book());
        other.api().get(PATH + "/" + w.book() + "/runs/" + run).then().statusCode(404);
        w.org()
                .api()
                .get(PATH + "/" + w.book() + "/runs/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Estimate book run not found"));
        w.org().api().get(PATH + "/" + w.book() + "/runs?page=0").then().statusCode(422);
        w.org()
                .api()
                .get(PATH + "/" + w.book() + "/runs")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].estimate_book.name", equalTo("Acme Blue Book"));
        awaitRun(w.org(), w.book(), run);
        w.org().api().post(PATH + "/" + w.book() + "/archive").then().statusCode(200);
        w.org().api().post(PATH + "/" + w.book() + "/recompute").then().statusCode(409);
    }
}
