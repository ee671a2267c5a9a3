package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}")
@Tag(
        name = "Patient benefits",
        description = "Benefit rows attached to one patient on one plan (overrides), and "
                + "the effective benefits that merge them with the plan's.")
class PatientBenefitController {

    private final PatientBenefitService patientBenefits;

    PatientBenefitController(PatientBenefitService patientBenefits) {
        this.patientBenefits = patientBenefits;
    }

    @GetMapping("/benefits")
    @Operation(
            summary = "List patient benefit overrides",
            description = "List patient-level benefit overrides for a "
                    + "patient plan: only benefits attached to the patient plan, not plan-level rows (see effective-benefits "
                    + "for the merged view). Raises 404 if the patient plan does not exist.")
    Page<Benefit> list(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            PageRequest page,
            @Parameter(description = "Filter by benefit type.") @RequestParam(name = "benefit_type", required = false)
                    BenefitType benefitType) {
        return patientBenefits.listOverrides(tenant, patientPlanId, benefitType, page);
    }

    @PostMapping("/benefits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create patient benefit override",
            description = "Create a patient-level benefit for a "
                    + "patient plan. It overrides the plan's row of the same type and target (general, category, code group or "
                    + "code); a patient coinsurance row wins over plan coinsurance whatever its target. The same benefit rules "
                    + "as plan benefits apply (422 naming the field). Raises 404 if the patient plan does not exist, 409 if the "
                    + "patient plan already has the same rule.")
    Benefit create(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @Valid @RequestBody BenefitRequests.Create body) {
        return patientBenefits.createOverride(tenant, patientPlanId, body);
    }

    @PatchMapping("/benefits/{benefit_uuid}")
    @Operation(
            summary = "Update patient benefit override",
            description =
                    "Update a patient-level benefit; needs "
                            + "base_version (409 when stale). Not in the reference: offered so an override can be corrected in place.")
    Benefit update(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @PathVariable("benefit_uuid") UUID id,
            @Valid @RequestBody BenefitRequests.Update body,
            Patch patch) {
        return patientBenefits.updateOverride(tenant, patientPlanId, id, body, patch);
    }

    @DeleteMapping("/benefits/{benefit_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete patient benefit override",
            description = "Remove a patient-level benefit; the plan's "
                    + "row applies again. Not in the reference: offered so an override can be withdrawn.")
    void delete(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @PathVariable("benefit_uuid") UUID id) {
        patientBenefits.deleteOverride(tenant, patientPlanId, id);
    }

    @GetMapping("/effective-benefits")
    @Operation(
            summary = "Get effective benefits for patient plan",
            description = "The plan's benefits merged with "
                    + "the patient's overrides: a patient row replaces plan rows of the same type and target; for coinsurance "
                    + "a patient row also replaces plan rows it covers. Each row keeps its scope (insurance_plan or "
                    + "patient_plan). Without page or page_size every row is on one page, as the reference has no "
                    + "paging here; with either, the rows are paged as every list is (page_size up to 200, default 50). "
                    + "Raises 404 if the patient plan does not exist.")
    Page<Benefit> effective(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @Parameter(description = "Page number (1-based); pages the rows when sent.") @RequestParam(required = false)
                    Integer page,
            @Parameter(description = "Rows per page (1-200, default 50 when page is sent); pages the rows when sent.")
                    @RequestParam(name = "page_size", required = false)
                    Integer pageSize) {
        var rows = patientBenefits.effective(tenant, patientPlanId);
        if (page == null && pageSize == null) {
            return Page.single(rows);
        }
        return PageRequest.of(page == null ? 1 : page, pageSize == null ? 50 : pageSize)
                .slice(rows);
    }
}
