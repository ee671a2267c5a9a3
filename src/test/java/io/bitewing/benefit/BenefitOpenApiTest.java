package io.bitewing.benefit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benefit and code group endpoints are published with the reference's paths and field names, each described. */
class BenefitOpenApiTest extends ApiTestSupport {

    private JsonPath openApi() {
        return given().port(port)
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @ParameterizedTest(name = "{0} {1} is published with a summary, a description and a tag")
    @CsvSource({
        "get, /api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits",
        "get, /api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits/{benefit_uuid}",
        "post, /api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits",
        "patch, /api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits/{benefit_uuid}",
        "delete, /api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits/{benefit_uuid}",
        "post, /api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits/bulk",
        "post, /api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits/copy-from/{source_plan_uuid}",
        "post, /api/v1/{org_id}/insurance/plans/{plan_uuid}/clone",
        "get, /api/v1/{org_id}/insurance/code-groups",
        "get, /api/v1/{org_id}/insurance/code-groups/{code_group_uuid}",
        "post, /api/v1/{org_id}/insurance/code-groups",
        "patch, /api/v1/{org_id}/insurance/code-groups/{code_group_uuid}",
        "post, /api/v1/{org_id}/insurance/code-groups/{code_group_uuid}/archive"
    })
    void publishesEveryEndpointWithADescription(String method, String path) {
        Map<String, Object> operation = openApi().getMap("paths.'" + path + "'." + method);
        assertThat(operation).as(method + " " + path).isNotNull();
        assertThat((String) operation.get("summary")).isNotBlank();
        assertThat((String) operation.get("description")).isNotBlank();
        assertThat((List<?>) operation.get("tags")).isNotEmpty();
    }

    @Test
    void schemasUseTheReferenceFieldNamesAndOurAdditions() {
        var doc = openApi();
        assertThat(doc.getMap("components.schemas.Benefit.properties"))
                .containsKeys(
                        "id",
                        "age_max",
                        "age_min",
                        "benefit_type",
                        "coverage_category",
                        "insurance_plan",
                        "patient_plan",
                        "is_deductible_exempt",
                        "monetary_amt",
                        "percent",
                        "procedure_code",
                        "quantity",
                        "quantity_qualifier",
                        "substitution_code",
                        "time_period",
                        "waiting_period_months",
                        "version",
                        "created_at",
                        "updated_at",
                        "deleted_at",
                        "code_group",
                        "treat_area",
                        "coverage_level",
                        "not_applied");
        assertThat(doc.getString("components.schemas.Benefit.properties.not_applied.description"))
                .contains("does not apply");
        assertThat(doc.getMap("components.schemas.BenefitCreate.properties"))
                .containsKeys(
                        "benefit_type",
                        "coverage_category_uuid",
                        "procedure_code_uuid",
                        "substitution_code_uuid",
                        "code_group_uuid",
                        "monetary_amt",
                        "percent",
                        "quantity",
                        "quantity_qualifier",
                        "time_period",
                        "waiting_period_months",
                        "age_min",
                        "age_max",
                        "is_deductible_exempt",
                        "treat_area",
                        "coverage_level");
        assertThat(doc.getMap("components.schemas.BenefitUpdate.properties")).containsKey("base_version");
        assertThat(doc.getMap("components.schemas.BenefitBulkSet.properties")).containsKey("benefits");
        assertThat(doc.getMap("components.schemas.BenefitClone.properties"))
                .containsKeys("new_group_name", "new_group_number");
        assertThat(doc.getMap("components.schemas.CodeGroup.properties"))
                .containsKeys(
                        "id",
                        "name",
                        "codes",
                        "item_order",
                        "show_in_frequencies",
                        "show_in_age_limits",
                        "version",
                        "deleted_at");
        // A benefit without an amount (a coinsurance) sends monetary_amt as null.
        assertThat(doc.getList("components.schemas.Benefit.properties.monetary_amt.type", String.class))
                .containsExactlyInAnyOrder("string", "null");
    }

    @Test
    void theCloneEndpointSharesThePlansTag() {
        var doc = openApi();
        assertThat(doc.getList("paths.'/api/v1/{org_id}/insurance/plans/{plan_uuid}/clone'.post.tags"))
                .containsExactly("Plans");
        assertThat(doc.getList("tags.findAll { it.name == 'Plans' }")).hasSize(1);
        assertThat(doc.getString("tags.find { it.name == 'Plans' }.description"))
                .isNotBlank();
    }
}
