package io.bitewing.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published contract carries the reference's paths, methods and field names, each described. */
class OpenApiContractTest extends ApiTestSupport {

    private JsonPath openApi() {
        return given().port(port)
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @ParameterizedTest(name = "{0} {1} is published with a summary and a description")
    @CsvSource({
        "get, /api/v1/{org_id}/insurance/carriers",
        "get, /api/v1/{org_id}/insurance/carriers/{carrier_uuid}",
        "get, /api/v1/{org_id}/insurance/carriers/stats",
        "post, /api/v1/{org_id}/insurance/carriers",
        "patch, /api/v1/{org_id}/insurance/carriers/{carrier_uuid}",
        "post, /api/v1/{org_id}/insurance/carriers/{carrier_uuid}/archive",
        "post, /api/v1/{org_id}/insurance/carriers/combine",
        "get, /api/v1/{org_id}/insurance/coverage-categories",
        "get, /api/v1/{org_id}/insurance/coverage-categories/{category_uuid}",
        "post, /api/v1/{org_id}/insurance/coverage-categories",
        "patch, /api/v1/{org_id}/insurance/coverage-categories/{category_uuid}",
        "post, /api/v1/{org_id}/insurance/coverage-categories/{category_uuid}/archive",
        "post, /api/v1/{org_id}/insurance/coverage-categories/reorder",
        "get, /api/v1/{org_id}/insurance/coverage-categories/{category_uuid}/spans",
        "post, /api/v1/{org_id}/insurance/coverage-categories/{category_uuid}/spans",
        "patch, /api/v1/{org_id}/insurance/coverage-categories/{category_uuid}/spans/{span_uuid}",
        "delete, /api/v1/{org_id}/insurance/coverage-categories/{category_uuid}/spans/{span_uuid}",
        "get, /api/v1/{org_id}/insurance/settings",
        "patch, /api/v1/{org_id}/insurance/settings",
        "get, /api/v1/{org_id}/insurance/plans",
        "get, /api/v1/{org_id}/insurance/plans/{plan_uuid}",
        "post, /api/v1/{org_id}/insurance/plans",
        "patch, /api/v1/{org_id}/insurance/plans/{plan_uuid}",
        "post, /api/v1/{org_id}/insurance/plans/{plan_uuid}/archive",
        "get, /api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}/benefits",
        "post, /api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}/benefits",
        "get, /api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}/effective-benefits",
        "get, /api/v1/{org_id}/insurance/plans/stats",
        "get, /api/v1/{org_id}/insurance/plans/{plan_uuid}/subscriber-count",
        "get, /api/v1/{org_id}/insurance/subscriptions",
        "get, /api/v1/{org_id}/insurance/subscriptions/{subscription_uuid}",
        "post, /api/v1/{org_id}/insurance/subscriptions",
        "patch, /api/v1/{org_id}/insurance/subscriptions/{subscription_uuid}",
        "post, /api/v1/{org_id}/insurance/subscriptions/{subscription_uuid}/archive",
        "post, /api/v1/{org_id}/insurance/subscriptions/{subscription_uuid}/terminate",
        "post, /api/v1/{org_id}/insurance/subscriptions/bulk-terminate",
        "get, /api/v1/{org_id}/insurance/patients/{patient_uuid}/insurance",
        "get, /api/v1/{org_id}/insurance/patients/{patient_uuid}/insurance/{patient_plan_uuid}",
        "post, /api/v1/{org_id}/insurance/patients/{patient_uuid}/insurance",
        "patch, /api/v1/{org_id}/insurance/patients/{patient_uuid}/insurance/{patient_plan_uuid}",
        "post, /api/v1/{org_id}/insurance/patients/{patient_uuid}/insurance/{patient_plan_uuid}/archive",
        "post, /api/v1/{org_id}/insurance/patients/{patient_uuid}/insurance/reorder",
        "get, /api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}/verifications",
        "get, /api/v1/{org_id}/insurance/verifications",
        "get, /api/v1/{org_id}/insurance/verifications/{verification_uuid}",
        "post, /api/v1/{org_id}/insurance/verifications",
        "patch, /api/v1/{org_id}/insurance/verifications/{verification_uuid}",
        "post, /api/v1/{org_id}/insurance/verifications/bulk",
        "post, /api/v1/{org_id}/insurance/verifications/bulk-mark",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments/{assignment_uuid}",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments/activity",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments/compare",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments/matrix",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments/resolve",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments/upcoming",
        "get, /api/v1/{org_id}/insurance/fee-schedule-assignments/validate",
        "get, /api/v1/{org_id}/insurance/locations/{location_uuid}/fee-schedule-assignments",
        "get, /api/v1/{org_id}/insurance/plans/{plan_uuid}/fee-schedule-assignments",
        "post, /api/v1/{org_id}/insurance/fee-resolution/debug",
        "post, /api/v1/{org_id}/insurance/fee-schedule-assignments",
        "post, /api/v1/{org_id}/insurance/fee-schedule-assignments/{assignment_uuid}/archive",
        "post, /api/v1/{org_id}/insurance/fee-schedule-assignments/bulk",
        "patch, /api/v1/{org_id}/insurance/fee-schedule-assignments/{assignment_uuid}",
        "get, /api/v1/{org_id}/insurance/drafts",
        "get, /api/v1/{org_id}/insurance/drafts/{draft_uuid}",
        "post, /api/v1/{org_id}/insurance/drafts/import",
        "put, /api/v1/{org_id}/insurance/drafts/{draft_uuid}/match",
        "post, /api/v1/{org_id}/insurance/drafts/{draft_uuid}/rematch",
        "post, /api/v1/{org_id}/insurance/drafts/{draft_uuid}/reject",
        "post, /api/v1/{org_id}/insurance/drafts/{draft_uuid}/convert",
        "get, /api/v1/{org_id}/insurance/estimate-books",
        "get, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}",
        "post, /api/v1/{org_id}/insurance/estimate-books",
        "patch, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}",
        "post, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/archive",
        "get, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/evidence",
        "post, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/evidence",
        "get, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/rule-steps",
        "post, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/rule-steps",
        "patch, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/rule-steps/{step_uuid}",
        "delete, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/rule-steps/{step_uuid}",
        "post, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/recompute",
        "get, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/runs",
        "get, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/runs/{run_uuid}",
        "get, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/allowed-fees",
        "post, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/allowed-fees",
        "patch, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/allowed-fees/{entry_uuid}",
        "delete, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/allowed-fees/{entry_uuid}",
        "get, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/adjustment-logs",
        "post, /api/v1/{org_id}/insurance/estimate-books/{book_uuid}/adjustment-logs"
    })
    void publishesEveryReferenceEndpointWithADescription(String method, String path) {
        Map<String, Object> operation = openApi().getMap("paths.'" + path + "'." + method);
        assertThat(operation).as(method + " " + path).isNotNull();
        assertThat((String) operation.get("summary")).isNotBlank();
        assertThat((String) operation.get("description")).isNotBlank();
        List<Map<String, Object>> parameters = openApi().getList("paths.'" + path + "'." + method + ".parameters");
        assertThat(parameters).extracting(p -> p.get("name")).contains("org_id");
    }

    @Test
    void requestAndResponseSchemasUseTheReferenceFieldNames() {
        var doc = openApi();
        assertThat(doc.getMap("components.schemas.CarrierCreate.properties"))
                .containsKeys(
                        "carrier_name",
                        "carrier_group_name",
                        "electronic_id",
                        "electronic_filing_type",
                        "era_automation_override",
                        "cob_insurance_paid_behavior_override",
                        "trust_level",
                        "is_hidden",
                        "address_line1",
                        "zip_code");
        assertThat(doc.getMap("components.schemas.Carrier.properties"))
                .containsKeys("id", "carrier_name", "version", "created_at", "updated_at", "deleted_at");
        assertThat(doc.getMap("components.schemas.InsuranceSettings.properties"))
                .containsKeys(
                        "base_version",
                        "write_off_method",
                        "writeoff_on_max_reached",
                        "show_alerts_on_check_in",
                        "default_fiscal_year_start",
                        "allow_fee_exceed_ucr");
        assertThat(doc.getMap("components.schemas.PageCarrier.properties"))
                .containsKeys("items", "page", "page_size", "total");
        assertThat(doc.getMap("components.schemas.SubscriptionCreate.properties"))
                .containsKeys(
                        "insurance_plan_uuid",
                        "subscriber_uuid",
                        "subscriber_id_number",
                        "status",
                        "date_effective",
                        "date_term",
                        "benefit_notes",
                        "subscriber_note");
        assertThat(doc.getMap("components.schemas.Subscription.properties"))
                .containsKeys(
                        "id",
                        "subscriber",
                        "subscriber_id_number",
                        "insurance_plan",
                        "carrier",
                        "status",
                        "last_verified_at",
                        "last_verified_source",
                        "version")
                .doesNotContainKey("in_force");
        assertThat(doc.getMap("components.schemas.PatientPlanCreate.properties"))
                .containsKeys(
                        "insurance_subscription_uuid",
                        "relationship_to_subscriber",
                        "ordinal",
                        "coverage_type",
                        "cob_order_override",
                        "fee_schedule_uuid",
                        "is_pending",
                        "pat_id_override");
        assertThat(doc.getMap("components.schemas.PatientPlan.properties"))
                .containsKeys(
                        "id",
                        "patient",
                        "subscription",
                        "ordinal",
                        "relationship_to_subscriber",
                        "coverage_type",
                        "status",
                        "is_pending",
                        "fee_schedule",
                        "eligibility_last_verified_at",
                        "benefits_last_verified_at",
                        "benefits_summary")
                .doesNotContainKeys("plan_id", "patient_id", "subscription_id", "in_force");
        assertThat(doc.getMap("components.schemas.VerificationEntry.properties"))
                .containsKeys(
                        "patient_plan_uuid",
                        "insurance_plan_uuid",
                        "verification_type",
                        "verification_source",
                        "verification_status",
                        "assigned_to_user_uuid",
                        "call_duration_minutes",
                        "carrier_ref_number",
                        "carrier_rep_name",
                        "next_verification_due",
                        "notes");
        assertThat(doc.getMap("components.schemas.Verification.properties"))
                .containsKeys("id", "verified_at", "verified_by_user_uuid", "raw_response_json", "version");
        assertThat(doc.getMap("components.schemas.DraftImport.properties"))
                .containsOnlyKeys("patient_uuid", "rows", "source_system");
        assertThat(doc.getMap("components.schemas.DraftMatch.properties"))
                .containsKeys("carrier_uuid", "plan_uuid", "subscriber_patient_uuid");
        assertThat(doc.getMap("components.schemas.Draft.properties"))
                .containsKeys(
                        "conversion_error",
                        "converted_patient_plan",
                        "converted_subscription",
                        "created_at",
                        "id",
                        "matched_carrier",
                        "matched_plan",
                        "patient",
                        "raw_data_json",
                        "review_status",
                        "reviewed_at",
                        "reviewed_by_user_uuid",
                        "source_ref",
                        "source_system",
                        "subscriber_patient",
                        "updated_at",
                        "version");
        assertThat(doc.getMap("components.schemas.DraftCandidatesReview.properties"))
                .containsOnlyKeys("draft", "candidates");
        assertThat(doc.getMap("components.schemas.DraftConversionConverted.properties"))
                .containsKeys("draft", "patient_plan", "subscription");
    }

    @Test
    void servesSwaggerUi() {
        given().port(port).redirects().follow(true).get("/docs").then().statusCode(200);
    }
}
