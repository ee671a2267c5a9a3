package io.bitewing.support;

import io.bitewing.support.ApiTestSupport.Org;
import java.util.HashMap;
import java.util.Map;

/** Builds the chain a patient's coverage needs (patient, carrier, plan, subscription, patient plan) through the API. */
public final class CoverageFixtures {

    private CoverageFixtures() {}

    public static String patient(Org org, String first, String last) {
        return org.practice()
                .body(Map.of("first_name", first, "last_name", last, "birthdate", "1985-04-02"))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String carrier(Org org, String name) {
        return org.api()
                .body(Map.of("carrier_name", name))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String plan(Org org, String carrier, String group) {
        return org.api()
                .body(Map.of("carrier_uuid", carrier, "plan_type", "ppo_percentage", "group_name", group))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A plan under a new carrier of the same name. */
    public static String plan(Org org, String group) {
        return plan(org, carrier(org, group + " Dental"), group);
    }

    public static String subscription(Org org, String plan, String subscriber, String idNumber) {
        return org.api()
                .body(Map.of(
                        "insurance_plan_uuid", plan, "subscriber_uuid", subscriber, "subscriber_id_number", idNumber))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
    }

    public static String patientPlan(Org org, String patient, String subscription, String relationship) {
        return org.api()
                .body(Map.of("insurance_subscription_uuid", subscription, "relationship_to_subscriber", relationship))
                .post("/patients/" + patient + "/insurance")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A map that, unlike {@link Map#of}, keeps {@code null} values: for PATCH bodies that clear fields. */
    public static Map<String, Object> body(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A coverage category of the organisation's defaults by name. */
    public static String category(Org org, String name) {
        return org.api()
                .get("/coverage-categories?page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.category_name == '" + name + "' }.id");
    }

    /** A code group of the organisation's defaults by name. */
    public static String codeGroup(Org org, String name) {
        return org.api()
                .get("/code-groups?page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == '" + name + "' }.id");
    }
}
