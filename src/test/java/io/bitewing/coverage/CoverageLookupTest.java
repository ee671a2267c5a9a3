package io.bitewing.coverage;

import static io.bitewing.coverage.CoverageCategoryApiTest.categoryId;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CoverageLookupTest extends ApiTestSupport {

    @Autowired
    CoverageLookup lookup;

    private static Tenant tenant(Org org) {
        return new Tenant(org.id(), null);
    }

    private Optional<String> categoryOf(Org org, String code) {
        return lookup.categoryFor(tenant(org), code).map(CoverageCategory::categoryName);
    }

    @Test
    void theDefaultCategoriesPlaceCodesAsTheIncumbentDoes() {
        var org = newOrg();
        assertThat(categoryOf(org, "D2750")).hasValue("Crowns");
        assertThat(categoryOf(org, "D0274")).hasValue("X-Ray");
        assertThat(categoryOf(org, "D0120")).hasValue("Diagnostic");
        assertThat(categoryOf(org, "D1110")).hasValue("Preventive");
        assertThat(categoryOf(org, "D8080")).hasValue("Ortho");
        assertThat(categoryOf(org, "D9230")).hasValue("Adjunctive");
        assertThat(categoryOf(org, "d2750")).hasValue("Crowns");
        assertThat(categoryOf(org, "X1234")).isEmpty();
        assertThat(categoryOf(org, " ")).isEmpty();
    }

    @Test
    void theGeneralCategoryCoversEverythingButOrtho() {
        var org = newOrg();
        assertThat(lookup.isInGeneral(tenant(org), "D8080")).isFalse();
        assertThat(lookup.isInGeneral(tenant(org), "D9230")).isTrue();
        assertThat(lookup.isInGeneral(tenant(org), "D2750")).isTrue();
        assertThat(lookup.categoriesContaining(tenant(org), "D8080"))
                .extracting(CoverageCategory::categoryName)
                .containsExactly("Ortho");
        assertThat(lookup.categoriesContaining(tenant(org), "D2750"))
                .extracting(CoverageCategory::categoryName)
                .containsExactly("General", "Restorative", "Crowns");
        assertThat(lookup.categoriesContaining(tenant(org), "D2750").get(0).isSystem())
                .isTrue();
    }

    @Test
    void looksUpManyCodesAtOnceKeyedAsGiven() {
        var org = newOrg();
        Map<String, CoverageCategory> found =
                lookup.categoriesFor(tenant(org), List.of("D2750", "D0274", "d1110", "D8080", "D9230", "X1234"));
        assertThat(found).containsOnlyKeys("D2750", "D0274", "d1110", "D8080", "D9230");
        assertThat(found.get("D2750").categoryName()).isEqualTo("Crowns");
        assertThat(found.get("D0274").categoryName()).isEqualTo("X-Ray");
        assertThat(found.get("d1110").categoryName()).isEqualTo("Preventive");
        assertThat(found.get("D8080").categoryName()).isEqualTo("Ortho");
        assertThat(found.get("D9230").categoryName()).isEqualTo("Adjunctive");
        assertThat(found.get("D2750").id().toString()).isEqualTo(categoryId(org, "Crowns"));
        assertThat(lookup.categoriesFor(tenant(org), List.of())).isEmpty();
    }

    @Test
    void anExclusionSpanTakesACodeOutOfItsCategory() {
        var org = newOrg();
        String crowns = categoryId(org, "Crowns");
        org.api()
                .body(Map.of("from_code", "D2750", "to_code", "D2750", "is_exclusion", true))
                .post("/coverage-categories/" + crowns + "/spans")
                .then()
                .statusCode(201);
        assertThat(categoryOf(org, "D2750")).hasValue("Restorative");
        assertThat(categoryOf(org, "D2740")).hasValue("Crowns");
        assertThat(lookup.categoriesContaining(tenant(org), "D2750"))
                .extracting(CoverageCategory::categoryName)
                .containsExactly("General", "Restorative");
    }

    @Test
    void archivingAndReorderingChangeWhichCategoryWins() {
        var org = newOrg();
        var other = newOrg();
        org.api()
                .post("/coverage-categories/" + categoryId(org, "X-Ray") + "/archive")
                .then()
                .statusCode(200);
        assertThat(categoryOf(org, "D0274")).hasValue("Diagnostic");
        org.api()
                .body(Map.of(
                        "items", List.of(Map.of("category_uuid", categoryId(org, "Restorative"), "item_order", 20))))
                .post("/coverage-categories/reorder")
                .then()
                .statusCode(200);
        assertThat(categoryOf(org, "D2750")).hasValue("Restorative");
        assertThat(categoryOf(other, "D0274")).hasValue("X-Ray");
        assertThat(categoryOf(other, "D2750")).hasValue("Crowns");
    }

    @Test
    void hiddenCategoriesStillPlaceCodes() {
        var org = newOrg();
        org.api()
                .body(Map.of("base_version", 1, "is_hidden", true))
                .patch("/coverage-categories/" + categoryId(org, "Crowns"))
                .then()
                .statusCode(200);
        assertThat(categoryOf(org, "D2750")).hasValue("Crowns");
    }
}
