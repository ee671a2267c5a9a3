package io.bitewing.settings;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsApiTest extends ApiTestSupport {

    @Test
    void aNewOrganisationHasDefaultSettings() {
        var org = newOrg();
        org.api()
                .get("/settings")
                .then()
                .statusCode(200)
                .body("id", notNullValue())
                .body("base_version", equalTo(1))
                .body("default_benefit_year_type", equalTo("calendar"))
                .body("default_cob_rule", equalTo("basic"))
                .body("write_off_method", equalTo("lesser_of_ucr_fee"))
                .body("eligibility_verify_days", equalTo(30))
                .body("benefits_verify_days", equalTo(90))
                .body("include_write_off", equalTo(true))
                .body("default_fiscal_year_start", equalTo(1));
    }

    @Test
    void patchesSettingsWithBaseVersionKeepingUnsentFields() {
        var org = newOrg();
        org.api()
                .body(Map.of("base_version", 1, "default_cob_rule", "carve_out", "eligibility_verify_days", 14))
                .patch("/settings")
                .then()
                .statusCode(200)
                .body("default_cob_rule", equalTo("carve_out"))
                .body("eligibility_verify_days", equalTo(14))
                .body("write_off_method", equalTo("lesser_of_ucr_fee"))
                .body("base_version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "show_on_banner", false))
                .patch("/settings")
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.api().get("/settings").then().body("show_on_banner", equalTo(true)).body("base_version", equalTo(2));
    }

    @Test
    void rejectsBadSettingsNamingTheField() {
        var org = newOrg();
        assertInvalid(
                org.api()
                        .body(Map.of("default_cob_rule", "basic"))
                        .patch("/settings")
                        .then(),
                "body",
                "base_version");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "default_cob_rule", "sometimes"))
                        .patch("/settings")
                        .then(),
                "body",
                "default_cob_rule");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "default_fiscal_year_start", 13))
                        .patch("/settings")
                        .then(),
                "body",
                "default_fiscal_year_start");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "include_write_off", "yes"))
                        .patch("/settings")
                        .then(),
                "body",
                "include_write_off");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "includeWriteOff", true))
                        .patch("/settings")
                        .then(),
                "body",
                "includeWriteOff");
        var cleared = new HashMap<String, Object>();
        cleared.put("base_version", 1);
        cleared.put("write_off_method", null);
        assertInvalid(org.api().body(cleared).patch("/settings").then(), "body", "write_off_method");
        org.api().get("/settings").then().body("base_version", equalTo(1));
    }

    @Test
    void onlyAdminTokensMayChangeSettingsButEveryRoleMayReadThem() {
        var org = newOrg();
        String staff = org.tokenWithRole("staff");
        String readOnly = org.tokenWithRole("read_only");
        org.as(staff).get("/settings").then().statusCode(200);
        org.as(readOnly).get("/settings").then().statusCode(200);
        org.as(staff)
                .body(Map.of("base_version", 1, "show_on_banner", false))
                .patch("/settings")
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(Map.of("base_version", 1, "show_on_banner", false))
                .patch("/settings")
                .then()
                .statusCode(403);
        org.api().get("/settings").then().body("show_on_banner", equalTo(true));
    }

    @Test
    void anotherOrganisationsTokenCannotReadOrChangeSettings() {
        var org = newOrg();
        var other = newOrg();
        other.as(org.token()).get("/settings").then().statusCode(403);
        other.as(org.token())
                .body(Map.of("base_version", 1, "show_on_banner", false))
                .patch("/settings")
                .then()
                .statusCode(403);
        other.api().get("/settings").then().body("show_on_banner", equalTo(true));
    }
}
