package io.bitewing.x12;

import static io.bitewing.x12.X12EligibilityApiTest.ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTest;
import io.bitewing.support.ApiTestSupport;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class X12BatchApiTest extends ApiTestSupport {

    private static final String CODES_835 = "D0120";

    @Autowired
    JdbcClient jdbc;

    /** An 835 interchange of five claims of two lines each for Odessa, its trace and control numbers from n. */
    static String remittance(int n, String trace) {
        var body = new StringBuilder();
        body.append("ST*835*0001~\n")
                .append("BPR*I*300.00*C*CHK************20261201~\n")
                .append("TRN*1*")
                .append(trace)
                .append("*1600054321~\n")
                .append("N1*PR*LAKESIDE DENTAL BENEFITS~\nN1*PE*MAPLE STREET DENTAL*XX*1234567893~\nLX*1~\n");
        for (int c = 0; c < 5; c++) {
            String date = String.format("2026%02d%02d", 1 + n % 11, 1 + c);
            body.append("CLP*B")
                    .append(n)
                    .append('C')
                    .append(c)
                    .append("*1*100.00*60.00*20.00*12*P")
                    .append(n)
                    .append(c)
                    .append("~\n")
                    .append("NM1*QC*1*QUILLFEATHER*ODESSA****MI*LDB500123~\n")
                    .append("SVC*AD:D1110*50.00*30.00**1~\nDTM*472*")
                    .append(date)
                    .append("~\nCAS*PR*1*10.00~\nCAS*CO*45*10.00~\n")
                    .append("SVC*AD:D0120*50.00*30.00**1~\nDTM*472*")
                    .append(date)
                    .append("~\nCAS*PR*2*10.00~\nCAS*CO*45*10.00~\n");
        }
        body.append("SE*0*0001~\n");
        return envelope(n, "HP", "005010X221A1", body.toString());
    }

    /** ACTIVE (Odessa's 271) under control number n, for the member id given. */
    static String eligibility(int n, String memberId) {
        String sets = ACTIVE.substring(ACTIVE.indexOf("ST*271"), ACTIVE.indexOf("GE*"));
        return envelope(n, "HB", "005010X279A1", sets.replace("LDB500123", memberId));
    }

    static String envelope(int n, String functionalId, String version, String transactionSets) {
        long count = transactionSets.lines().filter(l -> l.startsWith("ST*")).count();
        String isa = String.format(
                "ISA*00*          *00*          *ZZ*LAKESIDEPAY    *ZZ*MAPLEDENTAL    *261201*1200*^*00501*%09d*0*P*:~\n",
                n);
        return X12ReadingGoldenTest.recount(isa + "GS*" + functionalId + "*LAKESIDEPAY*MAPLEDENTAL*20261201*1200*" + n
                + "*X*" + version + "~\n" + transactionSets + "GE*" + count + "*" + n + "~\n"
                + String.format("IEA*1*%09d~\n", n));
    }

    static JsonPath start(Org org, String body, int status) {
        return org.api()
                .contentType("application/edi-x12")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/x12/batches")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** Polls the batch until it is finished, recording the progress seen on the way. */
    static JsonPath await(Org org, String id, List<Integer> seen) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var batch = org.api()
                    .get("/x12/batches/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.add(batch.getInt("progress.done"));
            if (batch.getString("status").equals("completed")
                    || batch.getString("status").equals("failed")) {
                return batch;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the batch did not finish in time");
    }

    @Test
    void aDaysBatchOfMixed271sAnd835sImportsInTheBackgroundWithProgressAndAReportPerItem() throws Exception {
        var c = X12EligibilityApiTest.covered(this, newOrg(), "D1110", "D1351", "D0330", "D4381", CODES_835);
        var body = new StringBuilder();
        var kinds = new ArrayList<String>();
        for (int n = 1; n <= 200; n++) {
            if (n % 4 == 0) {
                body.append(eligibility(n, n == 100 ? "LDB999999" : "LDB500123"));
                kinds.add("271");
            } else {
                body.append(remittance(n, "EFT" + n));
                kinds.add("835");
            }
        }
        // The same remittance again under a new control number, and one interchange answering for two patients.
        body.append(remittance(201, "EFT1"));
        String twice = ACTIVE.substring(ACTIVE.indexOf("ST*271"), ACTIVE.indexOf("GE*"));
        body.append(envelope(
                202,
                "HB",
                "005010X279A1",
                twice + twice.replace("ST*271*0001", "ST*271*0002").replace("*0001~", "*0002~")));
        assertThat(body.length()).isGreaterThan(300_000);

        var queued = start(c.org(), body.toString(), 202);
        assertThat(queued.getString("status")).isIn("queued", "running", "completed");
        assertThat(queued.getInt("progress.total")).isEqualTo(203);
        var seen = new ArrayList<Integer>();
        var batch = await(c.org(), queued.getString("id"), seen);

        assertThat(batch.getString("status")).isEqualTo("completed");
        assertThat(batch.getMap("progress")).isEqualTo(Map.of("total", 203, "done", 203, "failed", 1));
        assertThat(seen).isSorted().anyMatch(done -> done > 0 && done < 203);
        List<Map<String, Object>> items = batch.getList("items");
        assertThat(items).hasSize(203);
        assertThat(items.stream().filter(i -> i.get("status").equals("imported")))
                .hasSize(201);

        var remittance = batch.getMap("items[0]");
        assertThat(remittance.get("transaction_set")).isEqualTo("835");
        assertThat(batch.getInt("items[0].result.matched")).isEqualTo(10);
        assertThat(batch.getString("items[0].result.paid")).isEqualTo("300.00");
        assertThat(batch.getInt("items[0].interchange_position")).isEqualTo(1);

        var failed = batch.getMap("items.find { it.status == 'failed' }");
        assertThat(failed.get("transaction_set")).isEqualTo("271");
        int failedIsa = (Integer) failed.get("interchange_position");
        assertThat(body.toString().lines().toList().get(failedIsa - 1)).contains("000000100");
        assertThat(batch.getList("items.find { it.status == 'failed' }.errors[0].loc"))
                .isEqualTo(List.of("body", "segment", failedIsa));
        assertThat(batch.getString("items.find { it.status == 'failed' }.errors[0].msg"))
                .contains("no patient plan matches member id LDB999999");

        var again = batch.getMap("items[200]");
        assertThat(again.get("status")).isEqualTo("already_imported");
        assertThat(batch.getBoolean("items[200].result.already_imported")).isTrue();

        assertThat(batch.getString("items[3].result.coverage")).isEqualTo("active");
        assertThat(batch.getList("items.findAll { it.control_number == '000000202' }.transaction_set_position"))
                .hasSize(2);
        c.org()
                .api()
                .get("/x12/change-sets/" + batch.getString("items[3].result.change_set_uuid"))
                .then()
                .statusCode(200)
                .body("patient_plan_uuid", equalTo(c.patientPlan()));

        // Every 835 line once, the repeated trace changing nothing: 150 remittances of 10 lines.
        assertThat(jdbc.sql("select count(*) from x12_remittance_line where org_id = :org")
                        .param("org", c.org().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1500L);
        assertThat(jdbc.sql("select raw from x12_batch where org_id = :org")
                        .param("org", c.org().id())
                        .query(String.class)
                        .single())
                .isEqualTo(body.toString());
        c.org()
                .api()
                .get("/x12/batches")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(queued.getString("id")))
                .body("items[0].items", nullValue())
                .body("items[0].progress.done", equalTo(203));
    }

    @Test
    void aHostileBatchIsRefusedWithTheSegmentPositionInTheWholeBodyAndWritesNothing() {
        var org = newOrg();
        String first = remittance(1, "EFT1");
        int firstSegments = (int) first.lines().count();
        String second = remittance(2, "EFT2");
        String mixed = X12ReadingGoldenTest.recount(first.replace("IEA*1*", "IEA*2*")
                .replace(
                        "IEA",
                        eligibility(3, "LDB500123")
                                        .substring(
                                                eligibility(3, "LDB500123").indexOf("GS*"),
                                                eligibility(3, "LDB500123").indexOf("IEA"))
                                + "IEA"));
        var cases = Map.of(
                "truncated",
                first + second.substring(0, second.indexOf("CLP*B2C3")),
                "not X12",
                "Date,Payer,Amount\n2026-12-01,Lakeside,300.00\n",
                "a 270",
                first + second.replace("ST*835", "ST*270"),
                "mixed",
                mixed);
        var positions = Map.of(
                "not X12",
                1,
                "a 270",
                firstSegments + 3,
                "mixed",
                mixed.lines().toList().indexOf("ST*271*0001*005010X279A1~") + 1);
        for (var c : cases.entrySet()) {
            var refusal = start(org, c.getValue(), 422);
            assertThat(refusal.getList("detail[0].loc")).as(c.getKey()).startsWith("body", "segment");
            if (positions.containsKey(c.getKey())) {
                assertThat(refusal.getInt("detail[0].loc[2]")).as(c.getKey()).isEqualTo(positions.get(c.getKey()));
            }
        }
        for (String table : List.of("x12_batch", "x12_batch_item", "x12_interchange")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where org_id = :org")
                            .param("org", org.id())
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void anInterchangeTheDatabaseRefusesFailsAloneAndTheOthersImport() throws Exception {
        var c = X12EligibilityApiTest.covered(this, newOrg(), "D1110", CODES_835);
        String huge = remittance(2, "EFT2").replace("SVC*AD:D1110*50.00*30.00", "SVC*AD:D1110*50.00*99999999999.00");
        String id = start(c.org(), remittance(1, "EFT1") + huge + remittance(3, "EFT3"), 202)
                .getString("id");
        var batch = await(c.org(), id, new ArrayList<>());
        assertThat(batch.getString("status")).isEqualTo("completed");
        assertThat(batch.getList("items.status")).containsExactly("imported", "failed", "imported");
        assertThat(batch.getMap("progress")).isEqualTo(Map.of("total", 3, "done", 3, "failed", 1));
        assertThat(batch.getList("items[1].errors[0].loc")).startsWith("body", "segment");
        assertThat(jdbc.sql("select count(*) from x12_remittance_line where org_id = :org")
                        .param("org", c.org().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(20L);
    }

    @Test
    void anotherOrganisationsBatchIsNotFound() throws Exception {
        var c = X12EligibilityApiTest.covered(this, newOrg(), "D1110", CODES_835);
        String id = start(c.org(), remittance(1, "EFT1"), 202).getString("id");
        await(c.org(), id, new ArrayList<>());
        var other = newOrg();
        other.api().get("/x12/batches/" + id).then().statusCode(404);
        other.api().get("/x12/batches").then().statusCode(200).body("total", equalTo(0));
    }
}
