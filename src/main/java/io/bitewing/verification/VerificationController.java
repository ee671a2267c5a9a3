package io.bitewing.verification;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.verification.Verification.Type;
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
@RequestMapping("/api/v1/{org_id}/insurance")
@Tag(
        name = "Verifications",
        description = "Eligibility and benefits verifications of patient plans and insurance plans.")
class VerificationController {

    private final VerificationService verifications;

    VerificationController(VerificationService verifications) {
        this.verifications = verifications;
    }

    @GetMapping("/verifications")
    @Operation(
            summary = "List verifications",
            description = "List insurance verifications filtered by patient plan or "
                    + "insurance plan, newest first. With neither patient_plan_uuid nor insurance_plan_uuid the list "
                    + "is empty, as the reference says.")
    Page<Verification> list(
            Tenant tenant,
            @Parameter(description = "Filter by patient plan UUID.")
                    @RequestParam(name = "patient_plan_uuid", required = false)
                    UUID patientPlanUuid,
            @Parameter(description = "Filter by insurance plan UUID.")
                    @RequestParam(name = "insurance_plan_uuid", required = false)
                    UUID insurancePlanUuid,
            @Parameter(description = "Filter by verification type. One of: eligibility, benefits.")
                    @RequestParam(name = "verification_type", required = false)
                    Type verificationType,
            PageRequest page) {
        return verifications.list(
                tenant, new VerificationService.Filter(patientPlanUuid, insurancePlanUuid, verificationType), page);
    }

    @GetMapping("/patient-plans/{patient_plan_uuid}/verifications")
    @Operation(
            summary = "List verifications for patient plan",
            description =
                    "List verification history for a "
                            + "specific patient plan, ordered by verified_at descending. Raises 404 if the patient plan does not exist.")
    Page<Verification> history(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @Parameter(description = "Filter by verification type. One of: eligibility, benefits.")
                    @RequestParam(name = "verification_type", required = false)
                    Type verificationType,
            PageRequest page) {
        return verifications.history(tenant, patientPlanId, verificationType, page);
    }

    @GetMapping("/verifications/{verification_uuid}")
    @Operation(
            summary = "Get verification",
            description = "Retrieve a single verification by UUID. Raises 404 if the " + "verification does not exist.")
    Verification get(Tenant tenant, @PathVariable("verification_uuid") UUID id) {
        return verifications.get(tenant, id);
    }

    @PostMapping("/verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record verification",
            description = "Record a new insurance verification result. Exactly one "
                    + "of patient_plan_uuid or insurance_plan_uuid must be provided, else 422; 404 if it does not exist. A "
                    + "verified result stamps the patient plan's eligibility_last_verified_at or benefits_last_verified_at (an "
                    + "eligibility check also the subscription's last_verified_at; a plan's benefits check every patient plan "
                    + "under it). next_verification_due defaults from the settings' verify-days.")
    Verification record(Tenant tenant, @Valid @RequestBody VerificationRequests.Entry body) {
        return verifications.record(tenant, body);
    }

    @PostMapping("/verifications/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Bulk record verifications",
            description = "Bulk-record multiple insurance verifications in "
                    + "one transaction, all or nothing. Each entry must specify exactly one of patient_plan_uuid or "
                    + "insurance_plan_uuid (422 naming the entry). Raises 404 if any referenced entity does not exist.")
    VerificationService.Recorded bulk(Tenant tenant, @Valid @RequestBody VerificationRequests.Bulk body) {
        return verifications.bulk(tenant, body);
    }

    @PostMapping("/verifications/bulk-mark")
    @Operation(
            summary = "Bulk-update verification status",
            description =
                    "Bulk update the verification_status of "
                            + "multiple verifications in one transaction. All provided verification UUIDs must exist, else 404 naming "
                            + "the first unknown one and nothing changes. Returns the count of verifications whose status changed.")
    VerificationService.Marked bulkMark(Tenant tenant, @Valid @RequestBody VerificationRequests.BulkMark body) {
        return verifications.bulkMark(tenant, body);
    }

    @PatchMapping("/verifications/{verification_uuid}")
    @Operation(
            summary = "Update verification",
            description = "Update mutable fields on an existing verification; a "
                    + "field sent as null is cleared. Raises 404 if the verification does not exist, 409 if base_version does "
                    + "not match. Marking it verified stamps its owner as recording a verified result does.")
    Verification update(
            Tenant tenant,
            @PathVariable("verification_uuid") UUID id,
            @Valid @RequestBody VerificationRequests.Update body,
            Patch patch) {
        return verifications.update(tenant, id, body, patch);
    }
}
