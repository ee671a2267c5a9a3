package io.bitewing.patientplan;

import io.bitewing.patientplan.PatientPlanService.PatientPlans;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/patients/{patient_uuid}/insurance")
@Tag(
        name = "Patient plans",
        description = "A patient's insurance: subscriptions covering the patient, in priority order.")
class PatientPlanController {

    private final PatientPlanService patientPlans;

    PatientPlanController(PatientPlanService patientPlans) {
        this.patientPlans = patientPlans;
    }

    @GetMapping
    @Operation(
            summary = "List patient insurance plans",
            description = "List all insurance plan assignments for a "
                    + "specific patient: plans in force by ordinal, then inactive ones, then (with include_deleted) archived "
                    + "ones. Raises 404 if the patient does not exist.")
    PatientPlans list(
            Tenant tenant,
            @PathVariable("patient_uuid") UUID patientId,
            @Parameter(description = "Include archived (soft-deleted) patient plans.")
                    @RequestParam(name = "include_deleted", defaultValue = "false")
                    boolean includeDeleted) {
        return patientPlans.list(tenant, patientId, includeDeleted);
    }

    @GetMapping("/{patient_plan_uuid}")
    @Operation(
            summary = "Get patient plan",
            description =
                    "Retrieve a single patient plan by UUID, archived ones "
                            + "included. Raises 404 if the patient or patient plan does not exist, or the plan is another patient's.")
    PatientPlan get(
            Tenant tenant, @PathVariable("patient_uuid") UUID patientId, @PathVariable("patient_plan_uuid") UUID id) {
        return patientPlans.get(tenant, patientId, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create patient plan",
            description = "Assign an insurance plan to a patient via subscription. "
                    + "The ordinal defaults to the lowest free one. Raises 404 if the patient or subscription does not exist, "
                    + "409 if the patient is already covered by the subscription, 422 if the patient already has 3 active "
                    + "plans, the ordinal is taken or the subscription is terminated.")
    PatientPlan create(
            Tenant tenant,
            @PathVariable("patient_uuid") UUID patientId,
            @Valid @RequestBody PatientPlanRequests.Create body) {
        return patientPlans.create(tenant, patientId, body);
    }

    @PatchMapping("/{patient_plan_uuid}")
    @Operation(
            summary = "Update patient plan",
            description = "Update mutable fields on a patient plan assignment; a "
                    + "field sent as null is cleared. Raises 404 if the patient or patient plan does not exist, 409 if "
                    + "base_version does not match, 422 if the new ordinal is held by another active plan.")
    PatientPlan update(
            Tenant tenant,
            @PathVariable("patient_uuid") UUID patientId,
            @PathVariable("patient_plan_uuid") UUID id,
            @Valid @RequestBody PatientPlanRequests.Update body,
            Patch patch) {
        return patientPlans.update(tenant, patientId, id, body, patch);
    }

    @PostMapping("/{patient_plan_uuid}/archive")
    @Operation(
            summary = "Archive patient plan",
            description =
                    "Soft-delete a patient plan assignment; its ordinal is "
                            + "freed and the other plans keep theirs. Raises 404 if the patient or patient plan does not exist.")
    PatientPlan archive(
            Tenant tenant, @PathVariable("patient_uuid") UUID patientId, @PathVariable("patient_plan_uuid") UUID id) {
        return patientPlans.archive(tenant, patientId, id);
    }

    @PostMapping("/reorder")
    @Operation(
            summary = "Reorder patient plans",
            description = "Change the priority ordering of a patient's insurance "
                    + "plans in one transaction (1=primary, 2=secondary, 3=tertiary). The items must name every active plan "
                    + "once with the ordinals 1..n, else 422 and nothing changes. Raises 404 if the patient or any patient plan "
                    + "does not exist. Answers the active plans in their new order.")
    PatientPlans reorder(
            Tenant tenant,
            @PathVariable("patient_uuid") UUID patientId,
            @Valid @RequestBody PatientPlanRequests.Reorder body) {
        return patientPlans.reorder(tenant, patientId, body);
    }
}
