package io.bitewing.opendental;

import io.bitewing.coverage.CoverageCategory;
import io.bitewing.coverage.CoverageCategoryService;
import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.shared.auth.Tenant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open Dental's CovCats API over the coverage module. Bitewing keeps no X12 category on a category, so EbenefitCat
 * is read off the names it seeds by default, and a renamed or added category reads None.
 */
@Service
@Transactional(readOnly = true)
class OdCovCats {

    /** Open Dental's EbenefitCat of each default category name, compared without case. */
    private static final Map<String, String> EBENEFIT_CATS = Map.ofEntries(
            Map.entry("general", "General"),
            Map.entry("diagnostic", "Diagnostic"),
            Map.entry("x-ray", "DiagnosticXRay"),
            Map.entry("preventive", "RoutinePreventive"),
            Map.entry("restorative", "Restorative"),
            Map.entry("endo", "Endodontics"),
            Map.entry("perio", "Periodontics"),
            Map.entry("oral surgery", "OralSurgery"),
            Map.entry("crowns", "Crowns"),
            Map.entry("prosth", "Prosthodontics"),
            Map.entry("maxillofacial prosth", "MaxillofacialProsth"),
            Map.entry("accident", "Accident"),
            Map.entry("ortho", "Orthodontics"),
            Map.entry("adjunctive", "Adjunctive"));

    private final CoverageCategoryService categories;
    private final OdNumberRepository numbers;

    OdCovCats(CoverageCategoryService categories, OdNumberRepository numbers) {
        this.categories = categories;
        this.numbers = numbers;
    }

    /** A live category; an archived one is gone here, as Open Dental deletes none. */
    OdCovCat get(Tenant tenant, long covCatNum) {
        UUID id = numbers.idOf(tenant.orgId(), Numbered.CATEGORY, covCatNum)
                .orElseThrow(() -> OdException.notFound("CovCat not found."));
        CoverageCategory category = categories.get(tenant, id);
        if (category.deletedAt() != null) {
            throw OdException.notFound("CovCat not found.");
        }
        return show(category);
    }

    /** Live categories, hidden ones included, in CovOrder. */
    List<OdCovCat> list(Tenant tenant, int offset, int limit) {
        return OdController.window(
                        offset,
                        limit,
                        page -> categories.listByOrder(tenant, page).items())
                .stream()
                .map(OdCovCats::show)
                .toList();
    }

    private static OdCovCat show(CoverageCategory c) {
        return new OdCovCat(
                OdJson.num(c.odNum()),
                c.categoryName(),
                -1,
                c.itemOrder(),
                OdJson.bool(c.isHidden()),
                EBENEFIT_CATS.getOrDefault(c.categoryName().strip().toLowerCase(Locale.ROOT), "None"));
    }
}
