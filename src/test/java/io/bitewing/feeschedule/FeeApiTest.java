package io.bitewing.feeschedule;

import static io.bitewing.feeschedule.FeeScheduleApiTest.code;
import static io.bitewing.feeschedule.FeeScheduleApiTest.fee;
import static io.bitewing.feeschedule.FeeScheduleApiTest.schedule;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeeApiTest extends ApiTestSupport {

    private static Map<String, Object> row(Object... kv) {
        var m = new HashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String location(Org org, String name) {
        return org.practice()
                .body(Map.of("name", name))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String provider(Org org, String first, String last) {
        return org.practice()
                .body(Map.of("first_name", first, "last_name", last))
                .post("/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsAFeeWithItsReferencesAndMoneyAsStrings() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String c = code(org, "D0120", "Diagnostic");
        String clinic = location(org, "Downtown");
        String dentist = provider(org, "Ann", "Lee");
        org.api()
                .body(row(
                        "procedure_code_uuid",
                        c,
                        "amount",
                        55.5,
                        "patient_amount",
                        10,
                        "clinic_uuid",
                        clinic,
                        "provider_uuid",
                        dentist,
                        "date_effective",
                        "2025-01-01"))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(201)
                .body("amount", equalTo("55.50"))
                .body("patient_amount", equalTo("10.00"))
                .body("fee_schedule.name", equalTo("UCR"))
                .body("procedure_code.code", equalTo("D0120"))
                .body("clinic.name", equalTo("Downtown"))
                .body("provider.name", equalTo("Lee, Ann"))
                .body("date_effective", equalTo("2025-01-01"))
                .body("version", equalTo(1));
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 40))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(201)
                .body("date_effective", nullValue())
                .body("clinic", nullValue())
                .body("patient_amount", nullValue());
    }

    @Test
    void refusesADuplicateSlotUnknownReferencesAndBadAmounts() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String c = code(org, "D0120", "Diagnostic");
        fee(org, s, c, 50);
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 60))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(409);
        org.api()
                .body(row("procedure_code_uuid", UUID.randomUUID(), "amount", 60))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Procedure code not found"));
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 60, "clinic_uuid", UUID.randomUUID()))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(404);
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 60))
                .post("/fee-schedules/" + UUID.randomUUID() + "/fees")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Fee schedule not found"));
        assertInvalid(
                org.api()
                        .body(row("procedure_code_uuid", c, "amount", -1))
                        .post("/fee-schedules/" + s + "/fees")
                        .then(),
                "body",
                "amount");
        assertInvalid(
                org.api()
                        .body(row("procedure_code_uuid", c, "amount", 1.005))
                        .post("/fee-schedules/" + s + "/fees")
                        .then(),
                "body",
                "amount");
        assertInvalid(
                org.api()
                        .body(row("procedure_code_uuid", c))
                        .post("/fee-schedules/" + s + "/fees")
                        .then(),
                "body",
                "amount");
    }

    @Test
    void listsFeesWithSearchCategoryRangeAndSort() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        fee(org, s, code(org, "D0120", "Diagnostic"), 50);
        fee(org, s, code(org, "D1110", "Preventive"), 95);
        fee(org, s, code(org, "D2740", "Crowns"), 1200);
        org.api()
                .get("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.procedure_code.code", equalTo(List.of("D0120", "D1110", "D2740")));
        org.api()
                .get("/fee-schedules/" + s + "/fees?sort_col=amount&sort_dir=desc")
                .then()
                .body("items.amount", equalTo(List.of("1200.00", "95.00", "50.00")));
        org.api()
                .get("/fee-schedules/" + s + "/fees?sort_col=category")
                .then()
                .body("items.procedure_code.code", equalTo(List.of("D2740", "D0120", "D1110")));
        org.api()
                .get("/fee-schedules/" + s + "/fees?search=d11")
                .then()
                .body("items.procedure_code.code", equalTo(List.of("D1110")));
        org.api()
                .get("/fee-schedules/" + s + "/fees?category=diagnostic")
                .then()
                .body("total", equalTo(1));
        org.api()
                .get("/fee-schedules/" + s + "/fees?fee_min=60&fee_max=1200")
                .then()
                .body("items.procedure_code.code", equalTo(List.of("D1110", "D2740")));
        assertInvalid(
                org.api()
                        .get("/fee-schedules/" + s + "/fees?fee_min=100&fee_max=10")
                        .then(),
                "query",
                "fee_max");
        assertInvalid(
                org.api().get("/fee-schedules/" + s + "/fees?sort_col=price").then(), "query", "sort_col");
        assertInvalid(org.api().get("/fee-schedules/" + s + "/fees?sort_dir=up").then(), "query", "sort_dir");
        org.api().get("/fee-schedules/" + UUID.randomUUID() + "/fees").then().statusCode(404);
    }

    @Test
    void patchesAndDeletesAFeeWithOptimisticConcurrency() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String c = code(org, "D0120", "Diagnostic");
        String id = fee(org, s, c, 50);
        String dated = org.api()
                .body(row("procedure_code_uuid", c, "amount", 70, "date_effective", "2026-01-01"))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .body(row("base_version", 1, "amount", 55, "patient_amount", 5))
                .patch("/fee-schedules/" + s + "/fees/" + id)
                .then()
                .statusCode(200)
                .body("amount", equalTo("55.00"))
                .body("patient_amount", equalTo("5.00"))
                .body("version", equalTo(2));
        org.api()
                .body(row("base_version", 1, "amount", 56))
                .patch("/fee-schedules/" + s + "/fees/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.api()
                .body(row("base_version", 1, "date_effective", null))
                .patch("/fee-schedules/" + s + "/fees/" + dated)
                .then()
                .statusCode(409);
        assertInvalid(
                org.api()
                        .body(row("base_version", 2, "amount", null))
                        .patch("/fee-schedules/" + s + "/fees/" + id)
                        .then(),
                "body",
                "amount");
        org.api()
                .body(row("base_version", 1, "amount", 1))
                .patch("/fee-schedules/" + UUID.randomUUID() + "/fees/" + id)
                .then()
                .statusCode(404);
        org.api().delete("/fee-schedules/" + s + "/fees/" + id).then().statusCode(204);
        org.api().delete("/fee-schedules/" + s + "/fees/" + id).then().statusCode(404);
        var other = newOrg();
        other.api().delete("/fee-schedules/" + s + "/fees/" + dated).then().statusCode(404);
    }

    @Test
    void bulkCreateIsAllOrNothingAndNamesTheOffendingRow() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String a = code(org, "D0120", "Diagnostic");
        String b = code(org, "D0140", "Diagnostic");
        String existing = code(org, "D0150", "Diagnostic");
        fee(org, s, existing, 80);
        String path = "/fee-schedules/" + s + "/fees/bulk";
        org.api()
                .body(Map.of(
                        "fees",
                        List.of(
                                row("procedure_code_uuid", a, "amount", 1),
                                row("procedure_code_uuid", UUID.randomUUID(), "amount", 2))))
                .post(path)
                .then()
                .statusCode(404)
                .body("detail", containsString("fees[1]"));
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fees",
                                List.of(
                                        row("procedure_code_uuid", a, "amount", 1),
                                        row("procedure_code_uuid", b, "amount", -2))))
                        .post(path)
                        .then(),
                "body",
                "fees",
                1,
                "amount");
        org.api()
                .body(Map.of(
                        "fees",
                        List.of(
                                row("procedure_code_uuid", a, "amount", 1),
                                row("procedure_code_uuid", existing, "amount", 2))))
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("fees[1]"));
        org.api()
                .body(Map.of(
                        "fees",
                        List.of(
                                row("procedure_code_uuid", a, "amount", 1),
                                row("procedure_code_uuid", a, "amount", 2))))
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("fees[1]"));
        org.api().get("/fee-schedules/" + s + "/fees").then().body("total", equalTo(1));
        assertInvalid(org.api().body(Map.of("fees", List.of())).post(path).then(), "body", "fees");

        var many = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 300; i++) {
            many.add(row(
                    "procedure_code_uuid",
                    i % 2 == 0 ? a : b,
                    "amount",
                    i,
                    "date_effective",
                    java.time.LocalDate.of(2020, 1, 1).plusDays(i / 2).toString()));
        }
        org.api().body(Map.of("fees", many)).post(path).then().statusCode(201).body("created", equalTo(300));
        org.api().get("/fee-schedules/" + s + "/fees").then().body("total", equalTo(301));
        org.api().get("/fee-schedules/" + s + "/history").then().body("items[0].action", equalTo("fees_bulk_create"));
    }

    @Test
    void bulkUpdateChecksEveryBaseVersionAndAppliesNothingOnAStaleRow() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String f1 = fee(org, s, code(org, "D0120", "Diagnostic"), 50);
        String f2 = fee(org, s, code(org, "D0140", "Diagnostic"), 60);
        String path = "/fee-schedules/" + s + "/fees/bulk-update";
        org.api()
                .body(Map.of(
                        "fees",
                        List.of(
                                row("fee_uuid", f1, "amount", 51, "base_version", 1),
                                row("fee_uuid", f2, "amount", 61, "base_version", 1))))
                .post(path)
                .then()
                .statusCode(200)
                .body("updated", equalTo(2));
        org.api()
                .body(Map.of(
                        "fees",
                        List.of(
                                row("fee_uuid", f1, "amount", 52, "base_version", 2),
                                row("fee_uuid", f2, "amount", 62, "base_version", 1))))
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("fees[1]"))
                .body("current_version", equalTo(2));
        org.api()
                .body(Map.of("fees", List.of(row("fee_uuid", UUID.randomUUID(), "amount", 1, "base_version", 1))))
                .post(path)
                .then()
                .statusCode(404);
        org.api().get("/fee-schedules/" + s + "/fees").then().body("items.amount", equalTo(List.of("51.00", "61.00")));
        var tooMany = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(row("fee_uuid", UUID.randomUUID(), "amount", 1, "base_version", 1));
        }
        assertInvalid(org.api().body(Map.of("fees", tooMany)).post(path).then(), "body", "fees");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fees",
                                List.of(
                                        row("fee_uuid", f1, "amount", 1, "base_version", 2),
                                        row("fee_uuid", f1, "amount", 2, "base_version", 2))))
                        .post(path)
                        .then(),
                "body",
                "fees",
                1,
                "fee_uuid");
    }

    @Test
    void availableCodesAreTheLiveCodesWithoutAFee() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        fee(org, s, code(org, "D0120", "Diagnostic"), 50);
        code(org, "D0140", "Diagnostic");
        code(org, "D1110", "Preventive");
        org.api()
                .get("/fee-schedules/" + s + "/available-codes")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("D0140", "D1110")))
                .body("total", equalTo(2));
        org.api()
                .get("/fee-schedules/" + s + "/available-codes?category=preventive")
                .then()
                .body("items.code", equalTo(List.of("D1110")));
        org.api()
                .get("/fee-schedules/" + s + "/available-codes?search=d014&page_size=1")
                .then()
                .body("items.code", equalTo(List.of("D0140")));
        org.api()
                .get("/fee-schedules/" + UUID.randomUUID() + "/available-codes")
                .then()
                .statusCode(404);
    }

    @Test
    void resolvePrefersClinicAndProviderThenClinicThenProviderThenPlainLatestDateFirst() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String c = code(org, "D2740", "Crowns");
        String clinic = location(org, "Downtown");
        String otherClinic = location(org, "Uptown");
        String dentist = provider(org, "Ann", "Lee");
        String path = "/fee-schedules/" + s + "/fees";
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 1000))
                .post(path)
                .then()
                .statusCode(201);
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 1100, "date_effective", "2025-01-01"))
                .post(path)
                .then()
                .statusCode(201);
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 1200, "provider_uuid", dentist))
                .post(path)
                .then()
                .statusCode(201);
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 1300, "clinic_uuid", clinic))
                .post(path)
                .then()
                .statusCode(201);
        org.api()
                .body(row(
                        "procedure_code_uuid",
                        c,
                        "amount",
                        1400,
                        "clinic_uuid",
                        clinic,
                        "provider_uuid",
                        dentist,
                        "date_effective",
                        "2025-06-01"))
                .post(path)
                .then()
                .statusCode(201);
        String resolve = "/fee-schedules/" + s + "/resolve";
        record Case(String clinic, String provider, String asOf, String amount) {}
        var cases = List.of(
                new Case(clinic, dentist, "2025-06-01", "1400.00"), // clinic + provider, on its first day
                new Case(clinic, dentist, "2025-05-31", "1300.00"), // before that: the clinic fee
                new Case(clinic, null, "2025-07-01", "1300.00"), // clinic only
                new Case(otherClinic, dentist, "2025-07-01", "1200.00"), // another clinic: the provider fee
                new Case(null, null, "2025-07-01", "1100.00"), // plain: latest date not after as_of
                new Case(null, null, "2024-12-31", "1000.00"), // plain: before the dated fee
                new Case(otherClinic, null, "2024-12-31", "1000.00"));
        for (var k : cases) {
            org.api()
                    .body(row(
                            "procedure_code_uuid",
                            c,
                            "clinic_uuid",
                            k.clinic(),
                            "provider_uuid",
                            k.provider(),
                            "as_of_date",
                            k.asOf()))
                    .post(resolve)
                    .then()
                    .statusCode(200)
                    .body("amount", equalTo(k.amount()));
        }
        String none = code(org, "D9999", "Adjunctive");
        org.api()
                .body(row("procedure_code_uuid", none))
                .post(resolve)
                .then()
                .statusCode(200)
                .body(equalTo("null"));
        org.api()
                .body(row("procedure_code_uuid", UUID.randomUUID()))
                .post(resolve)
                .then()
                .statusCode(404);
        org.api()
                .body(row("procedure_code_uuid", c))
                .post("/fee-schedules/" + UUID.randomUUID() + "/resolve")
                .then()
                .statusCode(404);
        assertInvalid(org.api().body(row("clinic_uuid", clinic)).post(resolve).then(), "body", "procedure_code_uuid");
    }

    @Test
    void resolveRefusesAClinicOrProviderTheOrganisationDoesNotHave() {
        var org = newOrg();
        var other = newOrg();
        String s = schedule(org, "UCR", "normal");
        String c = code(org, "D2740", "Crowns");
        org.api()
                .body(row("procedure_code_uuid", c, "amount", 1000))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(201);
        String resolve = "/fee-schedules/" + s + "/resolve";
        String foreignClinic = location(other, "Elsewhere");
        String foreignDentist = provider(other, "Bo", "Kim");
        for (String unknown :
                List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", foreignClinic)) {
            assertInvalid(
                    org.api()
                            .body(row("procedure_code_uuid", c, "clinic_uuid", unknown))
                            .post(resolve)
                            .then(),
                    "body",
                    "clinic_uuid");
        }
        for (String unknown :
                List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", foreignDentist)) {
            assertInvalid(
                    org.api()
                            .body(row("procedure_code_uuid", c, "provider_uuid", unknown))
                            .post(resolve)
                            .then(),
                    "body",
                    "provider_uuid");
        }
    }

    @Test
    void comparesTwoOrThreeSchedulesOneRowPerCode() {
        var org = newOrg();
        String ucr = schedule(org, "UCR", "normal");
        String ppo = org.api()
                .body(Map.of("name", "PPO", "fee_sched_type", "normal", "purpose", "insurance"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String exam = code(org, "D0120", "Diagnostic");
        String crown = code(org, "D2740", "Crowns");
        fee(org, ucr, exam, 60);
        fee(org, ucr, crown, 1200);
        fee(org, ppo, exam, 45);
        org.api()
                .body(Map.of("schedule_uuids", List.of(ucr, ppo)))
                .post("/fee-schedules/compare")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("rows.procedure_code.code", equalTo(List.of("D0120", "D2740")))
                .body("rows[0].fees." + ppo, equalTo("45.00"))
                .body("rows[1].fees." + ucr, equalTo("1200.00"))
                .body("rows[1].fees." + ppo, nullValue())
                .body("schedules." + ppo + ".purpose", equalTo("insurance"));
        org.api()
                .body(Map.of("schedule_uuids", List.of(ucr, ppo)))
                .post("/fee-schedules/compare?page=2&page_size=1")
                .then()
                .body("rows.procedure_code.code", equalTo(List.of("D2740")));
        assertInvalid(
                org.api()
                        .body(Map.of("schedule_uuids", List.of(ucr)))
                        .post("/fee-schedules/compare")
                        .then(),
                "body",
                "schedule_uuids");
        org.api()
                .body(Map.of("schedule_uuids", List.of(ucr, UUID.randomUUID())))
                .post("/fee-schedules/compare")
                .then()
                .statusCode(404);
        var other = newOrg();
        other.api()
                .body(Map.of("schedule_uuids", List.of(ucr, ppo)))
                .post("/fee-schedules/compare")
                .then()
                .statusCode(404);
    }

    @Test
    void readOnlyTokensReadFeesButCannotWriteThem() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String c = code(org, "D0120", "Diagnostic");
        String reader = org.tokenWithRole("read_only");
        org.as(reader)
                .body(row("procedure_code_uuid", c, "amount", 5))
                .post("/fee-schedules/" + s + "/fees")
                .then()
                .statusCode(403);
        org.as(reader)
                .body(Map.of("fees", List.of(row("procedure_code_uuid", c, "amount", 5))))
                .post("/fee-schedules/" + s + "/fees/bulk")
                .then()
                .statusCode(403);
        org.as(reader).get("/fee-schedules/" + s + "/fees").then().statusCode(200);
    }
}
