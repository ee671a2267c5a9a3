package io.bitewing.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ChangeFeedApiTest extends ApiTestSupport {

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    private static JsonPath feed(Org org, String query) {
        return org.practice()
                .get("/changes" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Set<String> ids(JsonPath page) {
        return new HashSet<>(page.getList("items.id", String.class));
    }

    @Test
    void aMirrorBuiltFromTheFeedAloneHoldsWhatTheListsHoldFromTheOrganisationsFirstRow() {
        var org = newOrg();
        org.practice()
                .contentType("text/csv")
                .body("code,description,category,treat_area\nD0120,Periodic exam,Diagnostic,none\n"
                        + "D1110,Prophylaxis adult,Preventive,none\n")
                .post("/procedure-codes/import")
                .then()
                .statusCode(200);
        var feed = feed(org, "?limit=1000");
        var created = new java.util.HashMap<String, Set<String>>();
        for (var item : feed.<Map<String, Object>>getList("items")) {
            if ("create".equals(item.get("action"))) {
                created.computeIfAbsent((String) item.get("entity_type"), k -> new HashSet<>())
                        .add((String) item.get("entity_id"));
            }
        }
        // The defaults seeded with the organisation and each imported code are changes like any other.
        assertThat(created.get("coverage_category"))
                .isEqualTo(ids(org.api()
                        .get("/coverage-categories?page_size=200")
                        .then()
                        .extract()
                        .jsonPath()));
        assertThat(created.get("code_group"))
                .isEqualTo(ids(org.api()
                        .get("/code-groups?page_size=200")
                        .then()
                        .extract()
                        .jsonPath()));
        assertThat(created.get("procedure_code"))
                .isEqualTo(ids(org.practice()
                        .get("/procedure-codes?page_size=200")
                        .then()
                        .extract()
                        .jsonPath()));
        assertThat(created.get("coverage_span"))
                .hasSizeGreaterThan(created.get("coverage_category").size() - 2);
        // The imported codes grew their default groups: an update of each.
        var grown = org.api()
                .get("/code-groups?page_size=200")
                .then()
                .extract()
                .jsonPath()
                .<String>getList("items.findAll { !it.codes.isEmpty() }.id");
        assertThat(grown).isNotEmpty();
        assertThat(feed.<Map<String, Object>>getList("items").stream()
                        .filter(i -> "code_group".equals(i.get("entity_type")) && "update".equals(i.get("action")))
                        .map(i -> i.get("entity_id")))
                .containsExactlyInAnyOrderElementsOf(grown);
    }

    @Test
    void writesAppearInOrderWithTheirNewVersionAndResumeFromTheCursor() {
        var org = newOrg();
        String carrier = CoverageFixtures.carrier(org, "Acme Dental");
        org.api()
                .body(Map.of("base_version", 1, "carrier_name", "Acme Dental Mutual"))
                .patch("/carriers/" + carrier)
                .then()
                .statusCode(200);
        var first = feed(org, "?types=carrier");
        assertThat(first.getList("items.entity_id")).containsExactly(carrier, carrier);
        assertThat(first.getList("items.action")).containsExactly("create", "update");
        assertThat(first.getList("items.version")).containsExactly(1, 2);
        assertThat(first.getList("items[1].changed_fields", String.class)).contains("carrier_name");
        assertThat(first.getBoolean("has_more")).isFalse();
        String cursor = first.getString("next_cursor");

        // Nothing new: an empty page that keeps the cursor to poll with.
        var none = feed(org, "?types=carrier&after=" + cursor);
        assertThat(none.getList("items")).isEmpty();
        assertThat(none.getString("next_cursor")).isEqualTo(cursor);

        org.api().post("/carriers/" + carrier + "/archive").then().statusCode(200);
        var next = feed(org, "?types=carrier&after=" + cursor);
        assertThat(next.getList("items.action")).containsExactly("archive");
        assertThat(next.getList("items.version")).containsExactly(3);
        // The items carry no values of the entity.
        assertThat(next.getMap("items[0]").keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "cursor",
                        "entity_type",
                        "entity_id",
                        "action",
                        "version",
                        "changed_fields",
                        "token_id",
                        "changed_at");
    }

    @Test
    void aDeletionIsAChangeAndPagesFollowOneAnotherWithHasMore() {
        var org = newOrg();
        String plan = CoverageFixtures.plan(org, "Acme");
        String benefit = org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1500))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api().delete("/plans/" + plan + "/benefits/" + benefit).then().statusCode(204);
        var all = feed(org, "?types=benefit");
        assertThat(all.getList("items.action")).containsExactly("create", "delete");
        assertThat(all.getList("items.version")).containsExactly(1, 2);

        var page1 = feed(org, "?limit=2");
        assertThat(page1.getList("items")).hasSize(2);
        assertThat(page1.getBoolean("has_more")).isTrue();
        var page2 = feed(org, "?limit=2&after=" + page1.getString("next_cursor"));
        var everything = feed(org, "?limit=1000");
        var paged = new ArrayList<>(page1.getList("items.id"));
        paged.addAll(page2.getList("items.id"));
        assertThat(paged).isEqualTo(everything.getList("items.id").subList(0, paged.size()));
    }

    @Test
    void refusesACursorItDidNotGiveOutAnUnknownTypeAndALimitOutOfRange() {
        var org = newOrg();
        for (String query :
                List.of("?after=bm9wZQ", "?after=%%%", "?types=carrier,spaceship", "?limit=0", "?limit=1001")) {
            org.practice().get("/changes" + query).then().statusCode(422).body("detail[0].loc[0]", equalTo("query"));
        }
        org.practice().get("/changes?types=spaceship").then().body("detail[0].loc", equalTo(List.of("query", "types")));
    }

    @Test
    void anotherOrganisationsChangesNeverShow() {
        var org = newOrg();
        var other = newOrg();
        CoverageFixtures.carrier(other, "Theirs");
        assertThat(feed(org, "?types=carrier").getList("items")).isEmpty();
        other.practice().get("/changes").then().statusCode(200);
        org.as(other.token())
                .basePath("/api/v1/" + org.id())
                .get("/changes")
                .then()
                .statusCode(403);
    }

    @Test
    void aRolledBackWriteLeavesNoChange() {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        var tx = new TransactionTemplate(transactions);
        try {
            tx.executeWithoutResult(s -> {
                audit.record(tenant, "carrier", UUID.randomUUID(), "create", Set.of("carrier_name"));
                throw new IllegalStateException("the write fails after its audit row");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(feed(org, "").getList("items.entity_type")).doesNotContain("carrier");
    }

    @Test
    void aChangeThatCommitsLateIsReadAfterTheCursorNotSkipped() throws Exception {
        var org = newOrg();
        var tenant = new Tenant(org.id(), null);
        UUID late = UUID.randomUUID();
        var written = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // A transaction writes its change first, then stays open while a later one commits and is read.
            Future<?> slow = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                audit.record(tenant, "carrier", late, "create", Set.of("carrier_name"));
                written.countDown();
                await(release);
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            String quick = CoverageFixtures.carrier(org, "Quick Dental");
            var read = feed(org, "?types=carrier");
            assertThat(read.getList("items.entity_id")).containsExactly(quick);
            release.countDown();
            slow.get(10, TimeUnit.SECONDS);
            var resumed = feed(org, "?types=carrier&after=" + read.getString("next_cursor"));
            assertThat(resumed.getList("items.entity_id")).containsExactly(late.toString());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderResumingWhileManyClientsWriteSeesEveryChangeExactlyOnce() throws Exception {
        var org = newOrg();
        int writers = 6;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        var created = new ArrayList<Future<List<String>>>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            created.add(pool.submit(() -> {
                var ids = new ArrayList<String>();
                for (int i = 0; i < each; i++) {
                    ids.add(CoverageFixtures.carrier(org, "Carrier " + writer + "-" + i));
                }
                return ids;
            }));
        }
        var seen = new ArrayList<String>();
        String cursor = null;
        while (true) {
            // Read until every writer has committed and a read after that finds nothing more.
            boolean done = created.stream().allMatch(Future::isDone);
            var page = feed(org, "?types=carrier&limit=7" + (cursor == null ? "" : "&after=" + cursor));
            seen.addAll(page.getList("items.entity_id"));
            cursor = page.getString("next_cursor");
            if (done && !page.getBoolean("has_more")) {
                break;
            }
        }
        pool.shutdown();
        var expected = new HashSet<String>();
        for (var f : created) {
            expected.addAll(f.get());
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(expected);
    }

    @Test
    void aReadOnlyTokenReadsTheFeed() {
        var org = newOrg();
        CoverageFixtures.carrier(org, "Acme");
        org.as(org.tokenWithRole("read_only"))
                .basePath("/api/v1/" + org.id())
                .get("/changes?types=carrier")
                .then()
                .statusCode(200)
                .body("items[0].token_id", notNullValue())
                .body("items[0].version", equalTo(1))
                .body("next_cursor", notNullValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
