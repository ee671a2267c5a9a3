package io.bitewing.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.bitewing.support.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminApiTest extends ApiTestSupport {

    @Test
    void createsAnOrganisationWithAnAdminTokenThatWorksAtOnce() {
        var created = admin().body(Map.of("name", "Bright Smiles"))
                .post("/admin/v1/orgs")
                .then()
                .statusCode(201)
                .body("name", equalTo("Bright Smiles"))
                .body("api_token", startsWith("bw_"))
                .extract();
        var org = new Org(UUID.fromString(created.path("id")), created.path("api_token"), port);
        org.api().get("/carriers").then().statusCode(200).body("total", equalTo(0));
        admin().get("/admin/v1/orgs?page_size=200&page=1")
                .then()
                .statusCode(200)
                .body("total", notNullValue());
    }

    @Test
    void onlyTheAdminKeyManagesOrganisations() {
        var org = newOrg();
        given().port(port)
                .contentType("application/json")
                .auth()
                .oauth2(org.token())
                .body(Map.of("name", "Sneaky"))
                .post("/admin/v1/orgs")
                .then()
                .statusCode(403);
        given().port(port)
                .auth()
                .oauth2(org.token())
                .get("/admin/v1/orgs")
                .then()
                .statusCode(403);
        given().port(port)
                .contentType("application/json")
                .body(Map.of("name", "Anonymous"))
                .post("/admin/v1/orgs")
                .then()
                .statusCode(401)
                .body("detail", notNullValue());
        assertInvalid(admin().body(Map.of("name", "")).post("/admin/v1/orgs").then(), "body", "name");
    }

    @Test
    void issuesListsAndRevokesTokensWithRoles() {
        var org = newOrg();
        var issued = given().port(port)
                .contentType("application/json")
                .auth()
                .oauth2(org.token())
                .body(Map.of("name", "front desk", "role", "staff"))
                .post("/admin/v1/orgs/" + org.id() + "/tokens")
                .then()
                .statusCode(201)
                .body("role", equalTo("staff"))
                .body("token", startsWith("bw_"))
                .extract();
        String staffToken = issued.path("token");
        org.as(staffToken).get("/carriers").then().statusCode(200);
        admin().get("/admin/v1/orgs/" + org.id() + "/tokens")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("front desk"))
                .body("items[0].token", nullValue());
        admin().delete("/admin/v1/orgs/" + org.id() + "/tokens/" + issued.path("id"))
                .then()
                .statusCode(204);
        org.as(staffToken).get("/carriers").then().statusCode(401);
        admin().delete("/admin/v1/orgs/" + org.id() + "/tokens/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void staffAndReadOnlyTokensCannotManageTokens() {
        var org = newOrg();
        for (String role : new String[] {"staff", "read_only"}) {
            String token = org.tokenWithRole(role);
            given().port(port)
                    .contentType("application/json")
                    .auth()
                    .oauth2(token)
                    .body(Map.of("name", "escalate", "role", "admin"))
                    .post("/admin/v1/orgs/" + org.id() + "/tokens")
                    .then()
                    .statusCode(403);
            given().port(port)
                    .auth()
                    .oauth2(token)
                    .get("/admin/v1/orgs/" + org.id() + "/tokens")
                    .then()
                    .statusCode(403);
            given().port(port)
                    .auth()
                    .oauth2(token)
                    .delete("/admin/v1/orgs/" + org.id() + "/tokens/" + java.util.UUID.randomUUID())
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void anOrganisationsAdminTokenCannotTouchAnotherOrganisationsTokens() {
        var org = newOrg();
        var other = newOrg();
        given().port(port)
                .auth()
                .oauth2(org.token())
                .get("/admin/v1/orgs/" + other.id() + "/tokens")
                .then()
                .statusCode(404);
        given().port(port)
                .contentType("application/json")
                .auth()
                .oauth2(org.token())
                .body(Map.of("name", "x", "role", "admin"))
                .post("/admin/v1/orgs/" + other.id() + "/tokens")
                .then()
                .statusCode(404);
    }

    @Test
    void rejectsAnUnknownRole() {
        var org = newOrg();
        assertInvalid(
                        admin().body(Map.of("name", "x", "role", "owner"))
                                .post("/admin/v1/orgs/" + org.id() + "/tokens")
                                .then(),
                        "body",
                        "role")
                .body("detail[0].type", equalTo("enum"));
    }

    @Test
    void refusesMissingAndInvalidTokens() {
        var org = newOrg();
        given().port(port)
                .get("/api/v1/" + org.id() + "/insurance/carriers")
                .then()
                .statusCode(401);
        org.as("bw_not-a-real-token").get("/carriers").then().statusCode(401).body("detail", notNullValue());
        given().port(port)
                .header("Authorization", "Basic abc")
                .get("/api/v1/" + org.id() + "/insurance/carriers")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenOnAnotherOrganisationsPathGets403ForCollectionsAnd404ForEntities() {
        var org = newOrg();
        var other = newOrg();
        String theirCarrier = other.api()
                .body(Map.of("carrier_name", "Theirs"))
                .post("/carriers")
                .then()
                .extract()
                .path("id");
        other.as(org.token()).get("/carriers").then().statusCode(403);
        other.as(org.token())
                .body(Map.of("carrier_name", "Planted"))
                .post("/carriers")
                .then()
                .statusCode(403);
        other.as(org.token()).get("/carriers/" + theirCarrier).then().statusCode(404);
        other.as(org.token())
                .post("/carriers/" + theirCarrier + "/archive")
                .then()
                .statusCode(404);
        other.api().get("/carriers").then().body("total", equalTo(1)).body("items[0].deleted_at", nullValue());
    }

    @Test
    void theAdminKeyIsNotAnOrganisationToken() {
        var org = newOrg();
        given().port(port)
                .auth()
                .oauth2(ADMIN_KEY)
                .get("/api/v1/" + org.id() + "/insurance/carriers")
                .then()
                .statusCode(403);
    }

    @Test
    void unknownRoutesAndMethodsAnswerWithADetail() {
        var org = newOrg();
        org.api().get("/no-such-thing").then().statusCode(404).body("detail", notNullValue());
        org.api().delete("/carriers").then().statusCode(405).body("detail", notNullValue());
    }

    @Test
    void healthIsUpWithoutAToken() {
        given().port(port).get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
