package io.bitewing.opendental;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open Dental's CovCats resource, read-only: POST and PUT are not offered, because categories are managed through
 * the native API (/api/v1/{org}/insurance/coverage-categories), where their spans of codes are kept too.
 */
@RestController
@RequestMapping(OdAccess.PREFIX + "/covcats")
@Tag(name = OdController.TAG)
class OdCovCatController {

    private final OdCovCats covCats;

    OdCovCatController(OdCovCats covCats) {
        this.covCats = covCats;
    }

    @GetMapping("/{CovCatNum}")
    @Operation(
            summary = "CovCats GET (single)",
            description = "One live coverage category by CovCatNum. DefaultPercent is always -1; EbenefitCat comes "
                    + "from the default category names (None for others). 404 when there is none.")
    OdCovCat get(Tenant tenant, @PathVariable("CovCatNum") long covCatNum) {
        return covCats.get(tenant, covCatNum);
    }

    @GetMapping
    @Operation(
            summary = "CovCats GET (multiple)",
            description = "Live coverage categories, hidden ones included, in CovOrder, at most 100 from Offset.")
    List<OdCovCat> list(
            Tenant tenant,
            @Parameter(description = "Items to skip.") @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @Parameter(description = "At most 100.") @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return covCats.list(tenant, OdController.offset(offset), OdController.limit(limit));
    }
}
