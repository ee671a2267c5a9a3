package io.bitewing.shared.web;

import static io.restassured.RestAssured.given;

import io.bitewing.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class ActuatorExposureTest extends ApiTestSupport {

    @Test
    void healthIsOpenToAnyone() {
        given().port(port).get("/actuator/health").then().statusCode(200);
    }

    @Test
    void everyOtherEndpointNeedsTheAdminKey() {
        var org = newOrg();
        for (String path : new String[] {
            "/actuator",
            "/actuator/metrics",
            "/actuator/info",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/heapdump",
            "/actuator/../actuator/metrics"
        }) {
            given().port(port).get(path).then().statusCode(401);
            given().port(port).auth().oauth2(org.token()).get(path).then().statusCode(403);
        }
        given().port(port)
                .auth()
                .oauth2(ADMIN_KEY)
                .get("/actuator/metrics")
                .then()
                .statusCode(200);
    }

    @Test
    void endpointsThatCouldLeakSecretsAreNotExposedEvenToTheAdminKey() {
        for (String path : new String[] {
            "/actuator/env",
            "/actuator/configprops",
            "/actuator/heapdump",
            "/actuator/threaddump",
            "/actuator/loggers",
            "/actuator/beans",
            "/actuator/mappings"
        }) {
            given().port(port).auth().oauth2(ADMIN_KEY).get(path).then().statusCode(404);
        }
    }
}
