package io.bitewing.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTest;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ApiTest
class X12EligibilityRequestApiTest extends ApiTestSupport {

    record Family(Org org, String childPlan) {}

    private Family family() {
        var org = newOrg();
        org.practice()
                .body(Map.of("name", "Maple Street", "npi", "1234567893"))
                .post("/locations")
                .then()
                .statusCode(201);
        String carrier = org.api()
                .body(Map.of("carrier_name", "Lakeside Dental Benefits", "electronic_id", "60054"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String plan = CoverageFixtures.plan(org, carrier, "Lakeside Gold");
        String parent = CoverageFixtures.patient(org, "Odessa", "Quillfeather");
        String child = CoverageFixtures.patient(org, "Pip", "Quillfeather");
        String subscription = CoverageFixtures.subscription(org, plan, parent, "LDB500123");
        return new Family(org, CoverageFixtures.patientPlan(org, child, subscription, "child"));
    }

    private static JsonPath generate(Org org, String patientPlan, String query, int status) {
        return org.api()
                .get("/patient-plans/" + patientPlan + "/x12/270" + query)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    @Test
    void writesA270ThatTheReaderValidatesWithTheDependentAndOneInquiryPerServiceType() {
        var f = family();
        var answer = generate(f.org(), f.childPlan(), "?service_types=35,23", 200);

        String text = answer.getString("interchange");
        var read = X12Reader.read(text.getBytes(StandardCharsets.UTF_8), "270");
        assertThat(read.segments())
                .filteredOn(s -> s.tag().equals("EQ"))
                .extracting(s -> s.element(1))
                .containsExactly("35", "23");
        assertThat(read.segments())
                .filteredOn(s -> s.tag().equals("NM1"))
                .extracting(Segment::text)
                .containsExactly(
                        "NM1*PR*2*LAKESIDE DENTAL BENEFITS*****PI*60054~",
                        "NM1*1P*2*MAPLE STREET*****XX*1234567893~",
                        "NM1*IL*1*QUILLFEATHER*ODESSA****MI*LDB500123~",
                        "NM1*03*1*QUILLFEATHER*PIP~");
        assertThat(read.versions()).containsExactly("005010X279A1");
        f.org()
                .api()
                .get("/x12/interchanges/" + answer.getString("interchange_uuid"))
                .then()
                .statusCode(200)
                .body("raw", org.hamcrest.Matchers.equalTo(text));
    }

    @Test
    void controlNumbersNeverRepeatWithinAnOrganisation() {
        var f = family();
        long first = generate(f.org(), f.childPlan(), "", 200).getLong("control_number");
        long second = generate(f.org(), f.childPlan(), "", 200).getLong("control_number");
        assertThat(second).isEqualTo(first + 1);
        String isa13 = generate(f.org(), f.childPlan(), "", 200)
                .getString("interchange")
                .substring(90, 99);
        assertThat(isa13).isEqualTo(String.format("%09d", first + 2));
    }

    @Test
    void refusesAServiceTypeThatIsNotDentalAndAnotherOrganisationsPatientPlan() {
        var f = family();
        assertInvalid(
                f.org()
                        .api()
                        .get("/patient-plans/" + f.childPlan() + "/x12/270?service_types=35,98")
                        .then(),
                "query",
                "service_types");
        newOrg().api()
                .get("/patient-plans/" + f.childPlan() + "/x12/270")
                .then()
                .statusCode(404);
    }
}
