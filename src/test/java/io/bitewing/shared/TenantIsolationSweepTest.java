package io.bitewing.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.bitewing.support.Surface;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every organisation route the application serves, found from its own handler mappings so a new endpoint is covered
 * without editing this test, is called with organisation A's token and organisation B's ids in the path, the query
 * and the body. No answer may carry B's ids or names, and B's data must come through unchanged.
 */
class TenantIsolationSweepTest extends ApiTestSupport {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z_]+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noRouteLetsOneOrganisationReachAnothersRows() {
        var a = newOrg();
        var b = newOrg();
        Map<String, String> theirs = seed(b);
        String before = snapshot(b, theirs);

        JsonPath openApi = given().port(port)
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        var leaks = new ArrayList<String>();
        int calls = 0;
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                var surface = Surface.of(pattern);
                if (surface.isEmpty()) {
                    continue;
                }
                boolean dialect = surface.get() == Surface.OPEN_DENTAL;
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String path = fill(pattern, a.id().toString(), theirs);
                    // Ids are uuids natively and numbers (PlanNum, PatNum, …) in Open Dental's dialect.
                    String query = "?"
                            + String.join(
                                    "&",
                                    theirs.entrySet().stream()
                                            .filter(e -> dialect ? isNumberKey(e.getKey()) : isIdKey(e.getKey()))
                                            .map(e -> e.getKey() + "=" + e.getValue())
                                            .toList());
                    var request = a.api().basePath("");
                    if (method != RequestMethod.GET && method != RequestMethod.DELETE) {
                        request =
                                request.body(dialect ? numbersBody(theirs) : bodyFor(openApi, pattern, method, theirs));
                    }
                    var response =
                            request.request(method.name(), path + query).then().extract();
                    calls++;
                    String answer = response.asString();
                    // A refusal may echo the ids the request itself sent ("Subscription <id> not found"); it must
                    // never show what only B's rows hold: their names. A success may show neither.
                    boolean refused = response.statusCode() >= 400;
                    var leaked = theirs.entrySet().stream()
                            .filter(e -> !refused || e.getKey().startsWith("name:"))
                            .filter(e -> !isNumberKey(e.getKey()))
                            .map(Map.Entry::getValue)
                            .filter(answer::contains)
                            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
                    // A number is only B's where a field names it: "PlanNum":12 is B's plan, a bare 12 may be a year.
                    theirs.entrySet().stream()
                            .filter(e -> !refused && isNumberKey(e.getKey()))
                            .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                            .filter(answer::contains)
                            .forEach(leaked::add);
                    if (!leaked.isEmpty() || response.statusCode() >= 500) {
                        leaks.add(method + " " + pattern + " -> " + response.statusCode() + " carrying " + leaked);
                    }
                }
            }
        }
        assertThat(calls).as("organisation routes swept").isGreaterThan(80);
        assertThat(leaks)
                .as("routes that let organisation A see organisation B")
                .isEmpty();
        assertThat(snapshot(b, theirs))
                .as("organisation B's data after the sweep")
                .isEqualTo(before);
    }

    /** Organisation B with one row of every kind, all named so that a leak is recognisable. */
    static Map<String, String> seed(Org b) {
        var ids = new LinkedHashMap<String, String>();
        String patient = CoverageFixtures.patient(b, "Secretus", "Zyxwvut");
        String carrier = CoverageFixtures.carrier(b, "Qwertyuiop Mutual");
        String plan = CoverageFixtures.plan(b, carrier, "Asdfghjkl Group");
        String subscription = CoverageFixtures.subscription(b, plan, patient, "ZXCVBNM-77");
        String patientPlan = CoverageFixtures.patientPlan(b, patient, subscription, "self");
        String code = b.practice()
                .body(Map.of("code", "D7777", "description", "Mnbvcxz treatment"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        b.practice()
                .body(Map.of("code", "D7778", "description", "Lkjhgfd treatment"))
                .post("/procedure-codes")
                .then()
                .statusCode(201);
        String location = b.practice()
                .body(Map.of("name", "Poiuytrewq Office"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String provider = b.practice()
                .body(Map.of("first_name", "Plokij", "last_name", "Uhygtf"))
                .post("/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String category = b.api()
                .body(Map.of("category_name", "Ghjkl Category"))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String span = b.api()
                .body(Map.of("from_code", "D7700", "to_code", "D7799"))
                .post("/coverage-categories/" + category + "/spans")
                .then()
                .statusCode(201)
                .extract()
                .path("span.id");
        String benefit = b.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1234))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String codeGroup = b.api()
                .body(Map.of("name", "Vbnmvbnm Group", "codes", List.of("D7777")))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String substitution = b.api()
                .body(Map.of("code", "D7777", "substitute_code", "D7778"))
                .post("/plans/" + plan + "/substitutions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String verification = b.api()
                .body(Map.of(
                        "patient_plan_uuid",
                        patientPlan,
                        "verification_type",
                        "eligibility",
                        "verification_source",
                        "phone",
                        "verification_status",
                        "verified"))
                .post("/verifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String schedule = b.api()
                .body(Map.of("fee_sched_type", "normal", "name", "Rtyuio Schedule"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String fee = b.api()
                .body(Map.of("procedure_code_uuid", code, "amount", 321))
                .post("/fee-schedules/" + schedule + "/fees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String note = b.api()
                .body(Map.of("note", "Fghjfghj note", "date_entry", "2026-01-05"))
                .post("/fee-schedules/" + schedule + "/notes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String assignment = b.api()
                .body(Map.of("fee_schedule_uuid", schedule, "location_uuid", location, "assignment_kind", "ucr"))
                .post("/fee-schedule-assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String draft = b.api()
                .body(Map.of(
                        "patient_uuid",
                        patient,
                        "rows",
                        List.of(Map.of(
                                "carrier_name",
                                "Qwertyuiop Mutual",
                                "group_number",
                                "Asdfghjkl-1",
                                "subscriber_id_number",
                                "ZXCVBNM-77",
                                "relationship",
                                "self"))))
                .post("/drafts/import")
                .then()
                .statusCode(201)
                .extract()
                .path("items[0].id");
        String book = b.api()
                .body(Map.of("name", "Wxcvbn Book", "rule_type", "ucr_fallback", "carrier_uuid", carrier))
                .post("/estimate-books")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String step = b.api()
                .body(Map.of("priority_order", 1, "rule_type", "insurance_plan"))
                .post("/estimate-books/" + book + "/rule-steps")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        b.api()
                .body(Map.of(
                        "procedure_code_uuid",
                        code,
                        "procedure_service_date",
                        "2026-01-05",
                        "source_type",
                        "manual",
                        "insurance_plan_uuid",
                        plan,
                        "allowed_override",
                        99))
                .post("/estimate-books/" + book + "/evidence")
                .then()
                .statusCode(201);
        String entry = b.api()
                .body(Map.of(
                        "allowed_fee",
                        98,
                        "computed_at",
                        "2026-01-05T00:00:00Z",
                        "procedure_code_uuid",
                        code,
                        "resolution_scope_type",
                        "insurance_carrier",
                        "carrier_uuid",
                        carrier))
                .post("/estimate-books/" + book + "/allowed-fees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String run = b.api()
                .post("/estimate-books/" + book + "/recompute")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // The recompute finishes in the background; B's snapshot must be taken after it.
        for (int i = 0;
                i < 300
                        && "running"
                                .equals(b.api()
                                        .get("/estimate-books/" + book + "/runs/" + run)
                                        .then()
                                        .extract()
                                        .path("status"));
                i++) {
            Thread.onSpinWait();
        }

        // B's eligibility record, which the Payor shape names as a payor, and the Payor names of B's rows.
        String payor = b.api()
                .body(Map.of("eligibility_check_status", "active", "individual_deductible_remaining_in_network", 25))
                .put("/patient-plans/" + patientPlan + "/eligibility")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        ids.put("payor_id", payor);
        ids.put("patient_id", patient);
        ids.put("insurance_id", carrier);
        ids.put("subscriber_id", patient);
        // The same rows as Open Dental's dialect names them.
        ids.put("PatNum", num(b, "/patients/" + patient));
        ids.put("Subscriber", ids.get("PatNum"));
        ids.put("CarrierNum", num(b, "/insurance/carriers/" + carrier));
        ids.put("PlanNum", num(b, "/insurance/plans/" + plan));
        ids.put("InsSubNum", num(b, "/insurance/subscriptions/" + subscription));
        ids.put("PatPlanNum", num(b, "/insurance/patients/" + patient + "/insurance/" + patientPlan));
        ids.put("CodeNum", num(b, "/procedure-codes/" + code));
        ids.put("CovCatNum", num(b, "/insurance/coverage-categories/" + category));
        ids.put("CodeGroupNum", num(b, "/insurance/code-groups/" + codeGroup));
        ids.put("BenefitNum", num(b, "/insurance/plans/" + plan + "/benefits/" + benefit));
        ids.put("book_uuid", book);
        ids.put("estimate_book_uuid", book);
        ids.put("step_uuid", step);
        ids.put("estimate_book_rule_step_uuid", step);
        ids.put("entry_uuid", entry);
        ids.put("run_uuid", run);
        ids.put("estimate_book_run_uuid", run);
        ids.put("allowed_fee_schedule_uuid", schedule);
        ids.put("name:book", "Wxcvbn");
        ids.put("patient_uuid", patient);
        ids.put("subscriber_patient_uuid", patient);
        ids.put("draft_uuid", draft);
        ids.put("subscriber_uuid", patient);
        ids.put("carrier_uuid", carrier);
        ids.put("plan_uuid", plan);
        ids.put("insurance_plan_uuid", plan);
        ids.put("source_plan_uuid", plan);
        ids.put("subscription_uuid", subscription);
        ids.put("insurance_subscription_uuid", subscription);
        ids.put("patient_plan_uuid", patientPlan);
        ids.put("procedure_code_uuid", code);
        ids.put("location_uuid", location);
        ids.put("clinic_uuid", location);
        ids.put("provider_uuid", provider);
        ids.put("category_uuid", category);
        ids.put("coverage_category_uuid", category);
        ids.put("span_uuid", span);
        ids.put("benefit_uuid", benefit);
        ids.put("code_group_uuid", codeGroup);
        ids.put("substitution_uuid", substitution);
        ids.put("verification_uuid", verification);
        ids.put("fee_schedule_uuid", schedule);
        ids.put("fee_uuid", fee);
        ids.put("note_uuid", note);
        ids.put("assignment_uuid", assignment);
        ids.put("target_uuid", carrier);
        ids.put("name:patient", "Zyxwvut");
        ids.put("name:carrier", "Qwertyuiop");
        ids.put("name:plan", "Asdfghjkl");
        ids.put("name:member", "ZXCVBNM-77");
        ids.put("name:location", "Poiuytrewq");
        ids.put("name:category", "Ghjkl Category");
        ids.put("name:group", "Vbnmvbnm");
        ids.put("name:schedule", "Rtyuio");
        return ids;
    }

    private static String num(Org b, String nativePath) {
        return String.valueOf(
                b.practice().get(nativePath).then().statusCode(200).extract().<Object>path("od_num"));
    }

    static boolean isIdKey(String key) {
        return key.endsWith("_uuid") || key.endsWith("_id");
    }

    static boolean isNumberKey(String key) {
        return key.endsWith("Num") || key.equals("Subscriber");
    }

    /** An Open Dental body naming B's rows in every number field, plausible elsewhere. */
    private static Map<String, Object> numbersBody(Map<String, String> theirs) {
        var body = new HashMap<String, Object>(Map.of(
                "BenefitType", "CoInsurance",
                "CoverageLevel", "None",
                "Percent", 50,
                "SubscriberID", "SWEEP-1",
                "CarrierName", "Sweep Carrier",
                "Relationship", "Self"));
        theirs.forEach((key, value) -> {
            if (isNumberKey(key) && !key.equals("BenefitNum")) {
                body.put(key, Long.parseLong(value));
            }
        });
        return body;
    }

    private static String fill(String pattern, String org, Map<String, String> theirs) {
        Matcher m = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("org_id") ? org : name.equals("code") ? "D7777" : theirs.getOrDefault(name, "x");
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A body for one operation: every field its request schema declares, with B's ids in the id fields and plausible
     * values elsewhere, so that requests pass validation and reach the services' lookups.
     */
    private static Map<String, Object> bodyFor(
            JsonPath openApi, String pattern, RequestMethod method, Map<String, String> theirs) {
        var candidates = new HashMap<String, Object>(PLAUSIBLE);
        theirs.forEach((key, value) -> {
            if (isIdKey(key)) {
                candidates.put(key, value);
            }
        });
        candidates.put("source_uuids", List.of(theirs.get("carrier_uuid")));
        candidates.put("subscription_ids", List.of(theirs.get("subscription_uuid")));
        candidates.put("verification_uuids", List.of(theirs.get("verification_uuid")));
        candidates.put("schedule_uuids", List.of(theirs.get("fee_schedule_uuid"), theirs.get("fee_schedule_uuid")));
        candidates.put("location_uuids", List.of(theirs.get("location_uuid")));
        candidates.put("items", List.of(Map.of("category_uuid", theirs.get("category_uuid"), "item_order", 1)));
        candidates.put("fees", List.of(Map.of("procedure_code_uuid", theirs.get("procedure_code_uuid"), "amount", 1)));
        candidates.put(
                "rows",
                List.of(Map.of(
                        "carrier_name", "Sweep Carrier", "subscriber_id_number", "SWEEP-1", "relationship", "self")));
        candidates.put("reason", "Sweep");
        String operation = "paths.'" + pattern + "'." + method.name().toLowerCase();
        String ref = openApi.getString(operation + ".requestBody.content.'application/json'.schema.$ref");
        if (ref == null) {
            return candidates;
        }
        Map<String, Object> properties =
                openApi.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1) + ".properties");
        var body = new HashMap<String, Object>();
        if (properties != null) {
            properties.keySet().stream()
                    .filter(candidates::containsKey)
                    .forEach(key -> body.put(key, candidates.get(key)));
        }
        return body;
    }

    private static final Map<String, Object> PLAUSIBLE = Map.ofEntries(
            Map.entry("base_version", 1),
            Map.entry("carrier_name", "Sweep Carrier"),
            Map.entry("plan_type", "ppo_percentage"),
            Map.entry("name", "Sweep"),
            Map.entry("category_name", "Sweep"),
            Map.entry("from_code", "D0100"),
            Map.entry("to_code", "D0200"),
            Map.entry("benefit_type", "annual_max"),
            Map.entry("monetary_amt", 10),
            Map.entry("amount", 10),
            Map.entry("subscriber_id_number", "SWEEP-1"),
            Map.entry("relationship_to_subscriber", "self"),
            Map.entry("verification_type", "eligibility"),
            Map.entry("verification_source", "phone"),
            Map.entry("verification_status", "verified"),
            Map.entry("assignment_kind", "ucr"),
            Map.entry("fee_sched_type", "normal"),
            Map.entry("term_date", "2026-01-01"),
            Map.entry("termination_date", "2026-01-01"),
            Map.entry("first_name", "Sweep"),
            Map.entry("last_name", "Sweep"),
            Map.entry("code", "D7777"),
            Map.entry("substitute_code", "D7778"),
            Map.entry("description", "Sweep"),
            Map.entry("note", "Sweep"),
            Map.entry("date_entry", "2026-01-01"),
            Map.entry("codes", List.of("D7777")),
            Map.entry("date_of_service", "2026-01-01"),
            Map.entry("procedure_code", "D7777"),
            Map.entry("as_of_date", "2026-01-01"),
            Map.entry("percentage", 5),
            Map.entry("percentage_adjustment", 5),
            Map.entry("benefits", List.of()),
            Map.entry("role", "staff"),
            Map.entry("rule_type", "insurance_plan"),
            Map.entry("source_type", "manual"),
            Map.entry("procedure_service_date", "2026-01-01"),
            Map.entry("priority_order", 5),
            Map.entry("allowed_fee", 10),
            Map.entry("computed_at", "2026-01-01T00:00:00Z"),
            Map.entry("resolution_scope_type", "insurance_carrier"),
            Map.entry("change_reason", "manual_override"),
            Map.entry("new_allowed_fee", 10));

    /** Everything B can read about its own rows, to prove nothing changed. */
    private static String snapshot(Org b, Map<String, String> theirs) {
        var views = new ArrayList<String>();
        for (String path : Set.of(
                "/carriers/" + theirs.get("carrier_uuid"),
                "/plans/" + theirs.get("plan_uuid"),
                "/subscriptions/" + theirs.get("subscription_uuid"),
                "/plans/" + theirs.get("plan_uuid") + "/benefits",
                "/fee-schedules/" + theirs.get("fee_schedule_uuid") + "/fees",
                "/fee-schedule-assignments/" + theirs.get("assignment_uuid"),
                "/coverage-categories/" + theirs.get("category_uuid"),
                "/code-groups/" + theirs.get("code_group_uuid"),
                "/patients/" + theirs.get("patient_uuid") + "/insurance",
                "/settings",
                "/drafts/" + theirs.get("draft_uuid"),
                "/estimate-books/" + theirs.get("book_uuid") + "/allowed-fees",
                "/estimate-books/" + theirs.get("book_uuid") + "/rule-steps",
                "/patient-plans/" + theirs.get("patient_plan_uuid") + "/eligibility")) {
            views.add(path + " "
                    + b.api().get(path).then().statusCode(200).extract().asString());
        }
        views.sort(null);
        return String.join("\n", views);
    }
}
