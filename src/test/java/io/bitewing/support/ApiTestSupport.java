package io.bitewing.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the HTTP tests. Each test makes its own organisation, so tests never share rows and every test doubles
 * as a tenant-isolation check.
 */
@ApiTest
public abstract class ApiTestSupport {

    public static final String ADMIN_KEY = "test-admin-token";

    @LocalServerPort
    protected int port;

    /** An organisation and a client holding its admin token. */
    public record Org(UUID id, String token, int port) {

        public RequestSpecification as(String bearer) {
            return given().port(port)
                    .contentType(ContentType.JSON)
                    .accept(ContentType.JSON)
                    .auth()
                    .oauth2(bearer)
                    .basePath("/api/v1/" + id + "/insurance");
        }

        public RequestSpecification api() {
            return as(token);
        }

        /** Practice reference data lives outside the insurance prefix. */
        public RequestSpecification practice() {
            return as(token).basePath("/api/v1/" + id);
        }

        public String tokenWithRole(String role) {
            return given().port(port)
                    .contentType(ContentType.JSON)
                    .auth()
                    .oauth2(token)
                    .body(Map.of("name", role + " token", "role", role))
                    .post("/admin/v1/orgs/" + id + "/tokens")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("token");
        }
    }

    protected RequestSpecification admin() {
        return given().port(port).contentType(ContentType.JSON).auth().oauth2(ADMIN_KEY);
    }

    protected Org newOrg() {
        var created = admin().body(Map.of("name", "Test Dental " + UUID.randomUUID()))
                .post("/admin/v1/orgs")
                .then()
                .statusCode(201)
                .extract();
        return new Org(UUID.fromString(created.path("id")), created.path("api_token"), port);
    }

    /** Asserts a FastAPI-shaped 422 whose first problem is located at {@code loc}. */
    protected static ValidatableResponse assertInvalid(ValidatableResponse response, Object... loc) {
        return response.statusCode(422).body("detail[0].loc", org.hamcrest.Matchers.equalTo(java.util.List.of(loc)));
    }
}
