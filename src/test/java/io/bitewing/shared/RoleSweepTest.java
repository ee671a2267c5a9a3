package io.bitewing.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.shared.auth.AdminOnly;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.Surface;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write route the application serves, found from its own handler mappings so that a new endpoint is covered
 * without editing this test, refuses a read_only token; settings changes and token management refuse a staff token.
 */
class RoleSweepTest extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void readOnlyTokensAreRefusedOnEveryWriteRoute() {
        var org = newOrg();
        String readOnly = org.tokenWithRole("read_only");
        var allowed = new ArrayList<String>();
        int checked = 0;
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                var surface = Surface.of(pattern);
                if (surface.isEmpty()) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method == RequestMethod.GET) {
                        continue;
                    }
                    String path = pattern.replace("{org_id}", org.id().toString())
                            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    int status = org.as(readOnly)
                            .basePath("")
                            .body(Map.of())
                            .request(method.name(), path)
                            .then()
                            .extract()
                            .statusCode();
                    checked++;
                    if (status != surface.get().roleRefusal()) {
                        allowed.add(method + " " + pattern + " -> " + status);
                    }
                }
            }
        }
        assertThat(checked).as("write routes found").isGreaterThanOrEqualTo(12);
        assertThat(allowed)
                .as("write routes that did not refuse a read_only token")
                .isEmpty();
    }

    /**
     * Settings changes and token management belong to admin tokens. The routes are found three ways, so that a new
     * one is covered whichever way it is written: handlers marked {@link AdminOnly}, every change under a
     * {@code /settings} path, and everything under the admin API.
     */
    @Test
    void staffTokensAreRefusedOnSettingsChangesAndTokenManagement() {
        var org = newOrg();
        String staff = org.tokenWithRole("staff");
        Map<String, Object> openApi = given().port(port)
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        var allowed = new ArrayList<String>();
        int settings = 0;
        int tokens = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            boolean adminOnly = handler.hasMethodAnnotation(AdminOnly.class)
                    || handler.getBeanType().isAnnotationPresent(AdminOnly.class);
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    boolean settingsChange = pattern.contains("/settings") && method != RequestMethod.GET;
                    boolean tokenManagement = pattern.startsWith("/admin/") && pattern.contains("/tokens");
                    if (!adminOnly && !settingsChange && !tokenManagement) {
                        continue;
                    }
                    settings += settingsChange ? 1 : 0;
                    tokens += tokenManagement ? 1 : 0;
                    String path = pattern.replace("{org_id}", org.id().toString())
                            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    var request = org.as(staff).basePath("");
                    if (method != RequestMethod.GET && method != RequestMethod.DELETE) {
                        // A valid body, so that a refusal cannot hide behind a validation error.
                        request = request.body(
                                new RouteSchema(openApi, pattern, method.name(), Map.of()).plausibleBody());
                    }
                    int status = request.request(method.name(), path)
                            .then()
                            .extract()
                            .statusCode();
                    // The admin API answers 404 rather than 403 (AdminService: a token learns nothing about an
                    // organisation it does not administer); either is a refusal.
                    if (status != 403 && status != 404) {
                        allowed.add(method + " " + pattern + " -> " + status);
                    }
                }
            }
        }
        assertThat(settings).as("settings changes found").isPositive();
        assertThat(tokens).as("token management routes found").isGreaterThanOrEqualTo(3);
        assertThat(allowed)
                .as("admin-only routes that did not refuse a staff token")
                .isEmpty();
        org.api().get("/settings").then().statusCode(200).body("base_version", equalTo(1));
        given().port(port)
                .auth()
                .oauth2(org.token())
                .get("/admin/v1/orgs/" + org.id() + "/tokens")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.revoked_at", everyItem(nullValue()));
    }
}
