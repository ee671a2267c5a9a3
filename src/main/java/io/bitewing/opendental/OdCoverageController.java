package io.bitewing.opendental;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** The forum's workflow in Open Dental's terms: insplans, inssubs and patplans. */
@RestController
@RequestMapping(OdAccess.PREFIX)
@Tag(name = OdController.TAG)
class OdCoverageController {

    private final OdInsPlans insPlans;
    private final OdInsSubs insSubs;
    private final OdPatPlans patPlans;

    OdCoverageController(OdInsPlans insPlans, OdInsSubs insSubs, OdPatPlans patPlans) {
        this.insPlans = insPlans;
        this.insSubs = insSubs;
        this.patPlans = patPlans;
    }

    @GetMapping("/insplans/{PlanNum}")
    @Operation(summary = "InsPlans GET (single)", description = "One insurance plan by PlanNum; 404 when none.")
    OdInsPlan plan(Tenant tenant, @PathVariable("PlanNum") long planNum) {
        return insPlans.get(tenant, planNum);
    }

    @GetMapping("/insplans")
    @Operation(
            summary = "InsPlans GET (multiple)",
            description = "Insurance plans in PlanNum order, at most 100 from Offset; PlanType (percentage, p, f or "
                    + "c) and CarrierNum filter.")
    List<OdInsPlan> plans(
            Tenant tenant,
            @Parameter(description = "percentage, p, f or c.") @RequestParam(name = "PlanType", required = false)
                    String planType,
            @Parameter(description = "FK to carrier.CarrierNum.") @RequestParam(name = "CarrierNum", required = false)
                    Long carrierNum,
            @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return insPlans.list(tenant, planType, carrierNum, OdController.offset(offset), OdController.limit(limit));
    }

    @PostMapping("/insplans")
    @Operation(
            summary = "InsPlans POST (create)",
            description = "Creates a plan; CarrierNum is required. Answers 200 with the plan, as Open Dental does. "
                    + "FeeSched, CopayFeeSched, ClaimFormNum, EmployerNum, BillingType, FilingCodeSubtype and "
                    + "ManualFeeSchedNum are not kept here: 0 is accepted, anything else is a 400.")
    OdInsPlan createPlan(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdInsPlan.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return insPlans.create(tenant, body);
    }

    @PutMapping("/insplans/{PlanNum}")
    @Operation(
            summary = "InsPlans PUT (update)",
            description = "Updates the fields sent; the last writer wins. PlanType may not change an existing "
                    + "plan's type here.")
    OdInsPlan updatePlan(
            Tenant tenant,
            @PathVariable("PlanNum") long planNum,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdInsPlan.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return insPlans.update(tenant, planNum, body);
    }

    @DeleteMapping("/insplans/{PlanNum}")
    @Operation(
            summary = "InsPlans DELETE (not offered)",
            description = "Open Dental has no InsPlans DELETE and answers it as a resource that does not exist: "
                    + "404. Drop the plan with PatPlans DELETE and InsSubs DELETE.")
    ResponseEntity<String> deletePlan(@PathVariable("PlanNum") long planNum) {
        return OdErrors.answer(
                HttpStatus.NOT_FOUND,
                "InsPlans DELETE does not exist. Drop the plan with PatPlans DELETE and InsSubs DELETE.");
    }

    @GetMapping("/inssubs/{InsSubNum}")
    @Operation(summary = "InsSubs GET (single)", description = "One subscriber's hold on a plan; 404 when none.")
    OdInsSub sub(Tenant tenant, @PathVariable("InsSubNum") long insSubNum) {
        return insSubs.get(tenant, insSubNum);
    }

    @GetMapping("/inssubs")
    @Operation(
            summary = "InsSubs GET (multiple)",
            description = "InsSubs, at most 100 from Offset; PlanNum and Subscriber (a PatNum) filter.")
    List<OdInsSub> subs(
            Tenant tenant,
            @RequestParam(name = "PlanNum", required = false) Long planNum,
            @Parameter(description = "The subscriber's PatNum.") @RequestParam(name = "Subscriber", required = false)
                    Long subscriber,
            @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return insSubs.list(tenant, planNum, subscriber, OdController.offset(offset), OdController.limit(limit));
    }

    @PostMapping("/inssubs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "InsSubs POST (create)",
            description = "Creates an InsSub; PlanNum, Subscriber and SubscriberID are required. ReleaseInfo and "
                    + "AssignBen are the plan's settings here: a differing value is a 400.")
    OdInsSub createSub(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdInsSub.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return insSubs.create(tenant, body);
    }

    @PutMapping("/inssubs/{InsSubNum}")
    @Operation(summary = "InsSubs PUT (update)", description = "Updates the fields sent; the last writer wins.")
    OdInsSub updateSub(
            Tenant tenant,
            @PathVariable("InsSubNum") long insSubNum,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdInsSub.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return insSubs.update(tenant, insSubNum, body);
    }

    @DeleteMapping("/inssubs/{InsSubNum}")
    @Operation(
            summary = "InsSubs DELETE",
            description = "Deletes the InsSub; 400 \"Can't delete InsSub because PatPlans are still attached.\" "
                    + "while patient plans use it.")
    void deleteSub(Tenant tenant, @PathVariable("InsSubNum") long insSubNum) {
        insSubs.delete(tenant, insSubNum);
    }

    @GetMapping("/patplans")
    @Operation(
            summary = "PatPlans GET",
            description = "The patient's plans in force (PatNum required), optionally of one InsSubNum.")
    List<OdPatPlan> patPlans(
            Tenant tenant,
            // Required, but checked by the dialect itself so that its absence is Open Dental's 400.
            @Parameter(required = true, description = "The patient's PatNum.")
                    @RequestParam(name = "PatNum", required = false)
                    Long patNum,
            @RequestParam(name = "InsSubNum", required = false) Long insSubNum) {
        return patPlans.list(tenant, patNum, insSubNum);
    }

    @PostMapping("/patplans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "PatPlans POST (create)",
            description = "Covers the patient through an InsSub; PatNum and InsSubNum are required, Ordinal "
                    + "defaults to 1 and moves a plan already there one down, Relationship defaults to Self. 404 "
                    + "\"Patient does not exist\" or \"InsSub does not exist\".")
    OdPatPlan createPatPlan(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdPatPlan.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return patPlans.create(tenant, body);
    }

    @PutMapping("/patplans/{PatPlanNum}")
    @Operation(
            summary = "PatPlans PUT (update)",
            description = "Updates Ordinal, Relationship, PatID and IsPending; PatNum cannot change.")
    OdPatPlan updatePatPlan(
            Tenant tenant,
            @PathVariable("PatPlanNum") long patPlanNum,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = OdPatPlan.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        return patPlans.update(tenant, patPlanNum, body);
    }

    @DeleteMapping("/patplans/{PatPlanNum}")
    @Operation(
            summary = "PatPlans DELETE",
            description = "Drops the coverage: the patient plan ends; the plan and the InsSub stay.")
    void deletePatPlan(Tenant tenant, @PathVariable("PatPlanNum") long patPlanNum) {
        patPlans.delete(tenant, patPlanNum);
    }
}
