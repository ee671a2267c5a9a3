package io.bitewing.feeschedule;

import static io.bitewing.feeschedule.FeeScheduleApiTest.code;
import static io.bitewing.feeschedule.FeeScheduleApiTest.fee;
import static io.bitewing.feeschedule.FeeScheduleApiTest.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.bitewing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Onboarding by code: bulk fees that name the code instead of its UUID, and a schedule's CSV in and out. */
class FeeImportApiTest extends ApiTestSupport {

    private static final String CSV = "text/csv";

    @Test
    void bulkFeesTakeTheProcedureCodeItselfInAnyCase() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        code(org, "D0120", "Diagnostic");
        String prophy = code(org, "D1110", "Preventive");
        org.api()
                .body(Map.of(
                        "fees",
                        List.of(
                                Map.of("procedure_code", "d0120", "amount", 52),
                                Map.of("procedure_code_uuid", prophy, "amount", 95))))
                .post("/fee-schedules/" + s + "/fees/bulk")
                .then()
                .statusCode(201)
                .body("created", equalTo(2));
        org.api()
                .get("/fee-schedules/" + s + "/fees?sort_col=code")
                .then()
                .body("items.procedure_code.code", equalTo(List.of("D0120", "D1110")));
    }

    @Test
    void anUnknownCodeOrNeitherOrBothIdentifiersIsA422NamingTheRowField() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String exam = code(org, "D0120", "Diagnostic");
        org.api()
                .body(Map.of(
                        "fees",
                        List.of(
                                Map.of("procedure_code", "D0120", "amount", 52),
                                Map.of("procedure_code", "D9999", "amount", 1),
                                Map.of("amount", 2),
                                Map.of("procedure_code", "D0120", "procedure_code_uuid", exam, "amount", 3))))
                .post("/fee-schedules/" + s + "/fees/bulk")
                .then()
                .statusCode(422)
                .body("detail.loc[0]", equalTo(List.of("body", "fees", 1, "procedure_code")))
                .body("detail.loc[1]", equalTo(List.of("body", "fees", 2, "procedure_code_uuid")))
                .body("detail.loc[2]", equalTo(List.of("body", "fees", 3, "procedure_code")));
        org.api().get("/fee-schedules/" + s + "/fees").then().body("total", equalTo(0));
    }

    @Test
    void aCsvImportAddsAndUpdatesFeesByCodeAndTheExportReadsBack() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        String exam = code(org, "D0120", "Diagnostic");
        code(org, "D1110", "Preventive");
        code(org, "D2391", "Restorative");
        String clinic = org.practice()
                .body(Map.of("name", "Downtown"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        fee(org, s, exam, 40);

        String csv = "\uFEFFcode,amount,clinic,date_effective\r\n"
                + "d0120,52.00,,\r\n"
                + "D1110,95,,\r\n"
                + "\r\n"
                + "D2391,180.5," + clinic + ",2026-01-01\r\n";
        org.api()
                .contentType(CSV)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/fee-schedules/" + s + "/fees/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(0));
        org.api()
                .contentType(CSV)
                .body("code,amount\nD0120,52\n")
                .post("/fee-schedules/" + s + "/fees/import")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(1));

        String exported = org.api()
                .accept(CSV)
                .get("/fee-schedules/" + s + "/fees/export")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(exported)
                .isEqualTo("code,amount,clinic,provider,date_effective\r\n"
                        + "D0120,52.00,,,\r\n"
                        + "D1110,95.00,,,\r\n"
                        + "D2391,180.50," + clinic + ",,2026-01-01\r\n");
        org.api()
                .contentType(CSV)
                .body(exported)
                .post("/fee-schedules/" + s + "/fees/import")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(3));
    }

    @Test
    void aCsvWithFaultyRowsIsA422ListingEveryRowAndWritesNothing() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        code(org, "D0120", "Diagnostic");
        String csv = "code,amount,provider\n" + "D0120,52,\n" + "D0120,-1,\n" + ",10,\n" + "D0120,1.005,not-a-uuid\n";
        org.api()
                .contentType(CSV)
                .body(csv)
                .post("/fee-schedules/" + s + "/fees/import")
                .then()
                .statusCode(422)
                .body("detail.loc[0]", equalTo(List.of("body", 2, "amount")))
                .body("detail.loc[1]", equalTo(List.of("body", 3, "code")))
                .body("detail.loc[2]", equalTo(List.of("body", 4, "amount")))
                .body("detail.loc[3]", equalTo(List.of("body", 4, "provider")));
        org.api()
                .contentType(CSV)
                .body("code,amount,provider\nD0120,52,\nD7777,5,\nD0120,53,\nD0120,54," + UUID.randomUUID() + "\n")
                .post("/fee-schedules/" + s + "/fees/import")
                .then()
                .statusCode(422)
                .body("detail.loc[0]", equalTo(List.of("body", 2, "code")))
                .body("detail[0].msg", equalTo("unknown procedure code in this organisation"));
        org.api()
                .contentType(CSV)
                .body("code,amount\nD0120,52\nD0120,53\n")
                .post("/fee-schedules/" + s + "/fees/import")
                .then()
                .statusCode(422)
                .body("detail.loc[0]", equalTo(List.of("body", 2, "code")));
        org.api().get("/fee-schedules/" + s + "/fees").then().body("total", equalTo(0));
    }

    @Test
    void aCsvThatCannotBeReadIsA422AtTheBody() {
        var org = newOrg();
        String s = schedule(org, "UCR", "normal");
        for (byte[] body : List.of(
                "code,price\nD0120,1\n".getBytes(StandardCharsets.UTF_8),
                "code,amount\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'c', 'o', 'd', 'e', ',', 'a', 'm', 'o', 'u', 'n', 't', '\n', (byte) 0xC3, '1', ',', '2'},
                "code,amount\n\"D0120,1\n".getBytes(StandardCharsets.UTF_8))) {
            org.api()
                    .contentType(CSV)
                    .body(body)
                    .post("/fee-schedules/" + s + "/fees/import")
                    .then()
                    .statusCode(422)
                    .body("detail[0].loc", equalTo(List.of("body")));
        }
        org.api()
                .contentType(CSV)
                .body("code,amount\nD0120,1\n")
                .post("/fee-schedules/" + UUID.randomUUID() + "/fees/import")
                .then()
                .statusCode(404);
        org.api()
                .body(Map.of("code", "D0120"))
                .post("/fee-schedules/" + s + "/fees/import")
                .then()
                .statusCode(415);
        org.api()
                .accept(CSV)
                .get("/fee-schedules/" + UUID.randomUUID() + "/fees/export")
                .then()
                .statusCode(404);
    }
}
