package io.bitewing.shared.web;

import static io.bitewing.support.CoverageFixtures.body;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One rule for each kind of input that can never be stored as sent: refused with a 422 naming the field, before
 * anything is written, rather than coerced, silently dropped, or failed later as a conflict.
 */
class StrictInputTest extends ApiTestSupport {

    @Test
    void moneySentAsAJsonStringIsRefusedLikeAnyOtherWrongType() {
        var org = newOrg();
        String code = org.practice()
                .body(Map.of("code", "D0120", "description", "Exam"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String schedule = org.api()
                .body(Map.of("fee_sched_type", "normal", "name", "UCR", "purpose", "office"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String amount : List.of("12.50", "  7 ", "", "1e2")) {
            assertInvalid(
                    org.api()
                            .body(Map.of("procedure_code_uuid", code, "amount", amount))
                            .post("/fee-schedules/" + schedule + "/fees")
                            .then(),
                    "body",
                    "amount");
        }
        assertInvalid(
                org.api()
                        .body(Map.of("fees", List.of(Map.of("procedure_code_uuid", code, "amount", "10.00"))))
                        .post("/fee-schedules/" + schedule + "/fees/bulk")
                        .then(),
                "body",
                "fees",
                0,
                "amount");
        String plan = CoverageFixtures.plan(org, "Strict Money");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "annual_max", "monetary_amt", "1500.00"))
                        .post("/plans/" + plan + "/benefits")
                        .then(),
                "body",
                "monetary_amt");
        org.api().get("/fee-schedules/" + schedule + "/fees").then().body("total", equalTo(0));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(0));
    }

    @Test
    void aNulCharacterInTextIsA422AtItsFieldAndNothingIsWritten() {
        var org = newOrg();
        assertInvalid(
                        org.api()
                                .body(Map.of("carrier_name", "Delta\u0000Dental"))
                                .post("/carriers")
                                .then(),
                        "body",
                        "carrier_name")
                .body("detail[0].msg", equalTo("must not contain a NUL character"));
        // Overlong UTF-8 (C0 80) is how some encoders spell NUL; it is no better.
        var overlong = new ByteArrayOutputStream();
        overlong.writeBytes("{\"carrier_name\": \"Delta".getBytes(StandardCharsets.UTF_8));
        overlong.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x80});
        overlong.writeBytes("Dental\"}".getBytes(StandardCharsets.UTF_8));
        org.api().body(overlong.toByteArray()).post("/carriers").then().statusCode(422);
        org.api().get("/carriers").then().body("total", equalTo(0));
    }

    @Test
    void aNulCharacterOrBrokenUtf8InAQueryIsA422NamingTheParameter() {
        var org = newOrg();
        for (String value : List.of("%00", "Ann%00", "%C0%80", "%FF", "%E2%82")) {
            assertInvalid(
                    org.api()
                            .urlEncodingEnabled(false)
                            .get("/carriers?search=" + value)
                            .then(),
                    "query",
                    "search");
        }
        org.api()
                .urlEncodingEnabled(false)
                .get("/carriers?search=Ren%C3%A9e")
                .then()
                .statusCode(200);
    }

    @Test
    void aDuplicateKeyIsA422AtItsPathWhereverItIs() {
        var org = newOrg();
        assertInvalid(
                org.api()
                        .body("{\"carrier_name\": \"A\", \"carrier_name\": \"B\"}")
                        .post("/carriers")
                        .then(),
                "body",
                "carrier_name");
        String patient = CoverageFixtures.patient(org, "Dup", "Keys");
        assertInvalid(
                org.api()
                        .body("{\"patient_uuid\": \"" + patient + "\", \"procedures\": [{\"procedure_code\": "
                                + "\"D0120\"}, {\"procedure_code\": \"D0120\", \"tooth\": \"3\", \"tooth\": \"14\"}]}")
                        .post("/estimates")
                        .then(),
                "body",
                "procedures",
                1,
                "tooth");
        org.api().get("/carriers").then().body("total", equalTo(0));
    }

    @Test
    void feeBoundsMustBePlainDecimals() {
        var org = newOrg();
        String schedule = org.api()
                .body(Map.of("fee_sched_type", "normal", "name", "UCR", "purpose", "office"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String bound :
                List.of("NaN", "Infinity", "-Infinity", "1e308", "-1e308", "0x10", "1,5", "9999999999999")) {
            assertInvalid(
                    org.api()
                            .queryParam("fee_min", bound)
                            .get("/fee-schedules/" + schedule + "/fees")
                            .then(),
                    "query",
                    "fee_min");
            assertInvalid(
                    org.api()
                            .queryParam("fee_max", bound)
                            .get("/fee-schedules/" + schedule + "/fees")
                            .then(),
                    "query",
                    "fee_max");
        }
        org.api()
                .queryParam("fee_min", "10")
                .queryParam("fee_max", "125.50")
                .get("/fee-schedules/" + schedule + "/fees")
                .then()
                .statusCode(200);
    }
}
