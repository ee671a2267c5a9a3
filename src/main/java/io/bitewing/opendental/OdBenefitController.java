package io.bitewing.opendental;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(OdAccess.PREFIX + "/benefits")
@Tag(name = OdController.TAG)
class OdBenefitController {

    private final OdBenefits benefits;

    OdBenefitController(OdBenefits benefits) {
        this.benefits = benefits;
    }

    @GetMapping("/{BenefitNum}")
    @Operation(
            summary = "Benefits GET (single)",
            description = "One benefit, plan benefit or patient override, by BenefitNum. 404 when there is none.")
    OdBenefit get(Tenant tenant, @PathVariable("BenefitNum") long benefitNum) {
        return benefits.get(tenant, benefitNum);
    }

    @GetMapping
    @Operation(
            summary = "Benefits GET (multiple)",
            description = "Benefits of an insurance plan (PlanNum), of a patient plan (PatPlanNum), of both, or with "
                    + "neither of every plan, in BenefitNum order, at most 100 from Offset. Empty Percent and "
                    + "MonetaryAmt read -1. 404 for an unknown PlanNum or PatPlanNum.")
    List<OdBenefit> list(
            Tenant tenant,
            @Parameter(description = "FK to InsPlan.PlanNum.") @RequestParam(name = "PlanNum", required = false)
                    Long planNum,
            @Parameter(description = "FK to PatPlan.PatPlanNum.") @RequestParam(name = "PatPlanNum", required = false)
                    Long patPlanNum,
            @Parameter(description = "Items to skip.") @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @Parameter(description = "At most 100.") @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return benefits.list(tenant, planNum, patPlanNum, OdController.offset(offset), OdController.limit(limit));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Benefits POST (create)",
            description = "Creates a benefit for PlanNum or, as a patient override, PatPlanNum. BenefitType and "
                    + "CoverageLevel are required; Percent and MonetaryAmt default to -1 (empty), TimePeriod to the "
                    + "plan's benefit year (CalendarYear when MonthRenew is 0, else ServiceYear; None for frequency "
                    + "limitations in years or months and age limits), QuantityQualifier to None, Quantity to 0, "
                    + "TreatArea to None. CodeNum wins over procCode. 400 naming the field; 404 for an unknown "
                    + "PlanNum or PatPlanNum.")
    OdBenefit create(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdBenefit.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return benefits.create(tenant, body);
    }

    @PutMapping("/{BenefitNum}")
    @Operation(
            summary = "Benefits PUT (update)",
            description = "Updates the fields sent and leaves the rest; the last writer wins. The same rules as "
                    + "POST; CodeGroupNum cannot change on a frequency limitation or age limit that has one.")
    OdBenefit update(
            Tenant tenant,
            @PathVariable("BenefitNum") long benefitNum,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdBenefit.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return benefits.update(tenant, benefitNum, body);
    }

    @DeleteMapping("/{BenefitNum}")
    @Operation(summary = "Benefits DELETE", description = "Deletes the benefit; 200 with no body, 404 when none.")
    void delete(Tenant tenant, @PathVariable("BenefitNum") long benefitNum) {
        benefits.delete(tenant, benefitNum);
    }
}
