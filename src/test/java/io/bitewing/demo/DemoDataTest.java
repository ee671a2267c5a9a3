package io.bitewing.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.bitewing.admin.AdminService;
import io.bitewing.shared.BitewingProperties;
import io.bitewing.support.ApiTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo organisation is created once per database: the test that creates it runs first. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest extends ApiTestSupport {

    @Autowired
    AdminService admin;

    @Autowired
    DemoSeed seed;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dataDir;

    @Test
    @Order(1)
    void seedsTheDemoOrganisationOnceAndKeepsItsCredentials() throws Exception {
        var props = new BitewingProperties(dataDir, null, "unused", true);
        var demo = new DemoData(admin, seed, tx, props, environment);
        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());

        long demoOrgs = jdbc.sql("select count(*) from org where name = :name")
                .param("name", DemoData.ORG_NAME)
                .query(Long.class)
                .single();
        assertThat(demoOrgs).isEqualTo(1);
        var env = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve("demo.env"))) {
            env.load(reader);
        }
        var org = new Org(UUID.fromString(env.getProperty("ORG")), env.getProperty("TOKEN"), port);

        org.practice().get("/locations").then().statusCode(200).body("total", equalTo(2));
        org.practice().get("/providers").then().body("total", equalTo(2));
        org.practice().get("/patients?search=Rivera").then().body("total", equalTo(3));
        org.practice()
                .get("/procedure-codes?page_size=200")
                .then()
                .body("items.code", hasItems("D0120", "D1110", "D2391", "D2750", "D8080"));
        org.practice().get("/procedure-codes/by-code/D2391").then().body("substitution_code", equalTo("D2140"));
        org.api().get("/carriers").then().body("total", equalTo(4));
        org.api().get("/coverage-categories?page_size=50").then().body("total", equalTo(15));
        org.api().get("/settings").then().statusCode(200);

        org.api()
                .get("/plans")
                .then()
                .body(
                        "items.plan_type",
                        hasItems(
                                "ppo_percentage",
                                "category_percentage",
                                "ppo_fixed_benefit",
                                "capitation",
                                "medicaid_flat_copay"));
        String ppo = org.api()
                .get("/plans?search=Acme")
                .then()
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        org.api()
                .get("/plans/" + ppo + "/benefits?page_size=200")
                .then()
                .body("items.find { it.benefit_type == 'annual_max' }.monetary_amt", equalTo("1500.00"))
                .body("items.findAll { it.benefit_type == 'coinsurance' }.percent", hasItems(100, 80, 50));
        String sofia = org.practice()
                .get("/patients?search=Rivera, Sofia")
                .then()
                .extract()
                .path("items[0].id");
        String sofiasPlan = org.api()
                .get("/patients/" + sofia + "/insurance")
                .then()
                .extract()
                .path("items[0].id");
        org.api()
                .get("/patient-plans/" + sofiasPlan + "/eligibility")
                .then()
                .statusCode(200)
                .body("individual_deductible_remaining_in_network", equalTo("10.00"));
        List<String> planIds =
                org.api().get("/plans?page_size=100").then().extract().path("items.id");
        for (String plan : planIds) {
            org.api()
                    .get("/plans/" + plan + "/benefits?page_size=200")
                    .then()
                    .body("items.findAll { it.not_applied != null }", empty());
        }
        String maria = org.practice()
                .get("/patients?search=Rivera, Maria")
                .then()
                .extract()
                .path("items[0].id");
        org.api()
                .get("/patients/" + maria + "/insurance")
                .then()
                .body("items.ordinal", equalTo(List.of(1, 2)))
                .body("items[1].relationship_to_subscriber", equalTo("spouse"))
                .body("items[1].benefits_summary.annual_max_pending", equalTo("54.00"));
        String daniel = org.practice()
                .get("/patients?search=Rivera, Daniel")
                .then()
                .extract()
                .path("items[0].id");
        org.api()
                .get("/patients/" + daniel + "/insurance")
                .then()
                .body("items[0].benefits_summary.annual_max_used", equalTo("471.80"))
                .body("items[0].benefits_summary.annual_max_remaining", equalTo("1028.20"));
        org.api().get("/subscriptions?search=ACM555001").then().body("total", equalTo(1));
        org.api().get("/plans/" + ppo + "/subscriber-count").then().statusCode(200);

        org.api().get("/fee-schedules").then().body("total", equalTo(6));
        org.api().get("/fee-schedule-assignments/upcoming").then().body("total", equalTo(1));
        String maple =
                org.practice().get("/locations?search=Maple").then().extract().path("items[0].id");
        org.api()
                .get("/fee-schedule-assignments/resolve?location_uuid=" + maple + "&kind=primary&insurance_plan_uuid="
                        + ppo + "&as_of_date=" + java.time.LocalDate.now())
                .then()
                .statusCode(200)
                .body("resolution_level", equalTo("plan"));

        org.api().get("/drafts").then().body("total", equalTo(6));
        for (String status : List.of("matched", "converted", "rejected", "error")) {
            org.api().get("/drafts?review_status=" + status).then().body("total", equalTo(1));
        }
        org.api().get("/drafts?review_status=pending").then().body("total", equalTo(2));
        String samuel =
                org.practice().get("/patients?search=Brooks").then().extract().path("items[0].id");
        org.api().get("/patients/" + samuel + "/insurance").then().body("items.ordinal", equalTo(List.of(1, 2)));
        String ready =
                org.api().get("/drafts?review_status=matched").then().extract().path("items[0].id");
        org.api().post("/drafts/" + ready + "/convert").then().statusCode(201).body("patient_plan.ordinal", equalTo(2));
        String book = org.api()
                .get("/estimate-books")
                .then()
                .body("total", equalTo(1))
                .body("items[0].insurance_plan.name", equalTo("Riverside School District"))
                .extract()
                .path("items[0].id");
        org.api().get("/estimate-books/" + book + "/evidence").then().body("total", equalTo(12));
        org.api().get("/estimate-books/" + book + "/runs").then().body("total", equalTo(1));
        org.api()
                .get("/fee-schedule-assignments?assignment_kind=allowed")
                .then()
                .body("items[0].estimate_book.id", equalTo(book));
    }

    @Test
    @Order(2)
    void eachStartRewritesTheDemoCredentialsWithTheCurrentPort() throws Exception {
        var props = new BitewingProperties(dataDir, null, "unused", true);
        var demo = new DemoData(admin, seed, tx, props, environment);
        UUID org = UUID.randomUUID();
        Files.writeString(dataDir.resolve("demo.env"), "BW=http://localhost:1%nORG=%s%nTOKEN=kept%n".formatted(org));

        demo.run(new DefaultApplicationArguments());

        var env = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve("demo.env"))) {
            env.load(reader);
        }
        assertThat(env.getProperty("BW")).isEqualTo("http://localhost:" + port);
        assertThat(env.getProperty("ORG")).isEqualTo(org.toString());
        assertThat(env.getProperty("TOKEN")).isEqualTo("kept");
    }
}
