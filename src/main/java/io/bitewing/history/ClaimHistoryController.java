package io.bitewing.history;

import io.bitewing.history.ClaimHistory.Status;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
@RequestMapping("/api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}/history")
@Tag(
        name = "Claim history",
        description = "A patient plan's claim history: paid, pending and outside-office "
                + "procedures and benefit adjustments, which the benefits summary sums.")
class ClaimHistoryController {

    private final ClaimHistoryService history;

    ClaimHistoryController(ClaimHistoryService history) {
        this.history = history;
    }

    @GetMapping
    @Operation(
            summary = "List claim history",
            description = "List the patient plan's history rows, newest date of "
                    + "service first, optionally within a date range and of one status. Raises 404 if the patient plan does "
                    + "not exist.")
    Page<ClaimHistory> list(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @Parameter(description = "Only rows with date_of_service on or after this date.")
                    @RequestParam(name = "date_from", required = false)
                    LocalDate dateFrom,
            @Parameter(description = "Only rows with date_of_service on or before this date.")
                    @RequestParam(name = "date_to", required = false)
                    LocalDate dateTo,
            @Parameter(description = "Filter by status. One of: received, pending, outside_office, adjustment.")
                    @RequestParam(required = false)
                    Status status,
            PageRequest page) {
        return history.list(tenant, patientPlanId, new ClaimHistoryService.Filter(dateFrom, dateTo, status), page);
    }

    @GetMapping("/{history_uuid}")
    @Operation(
            summary = "Get claim history item",
            description = "Retrieve one history row of the patient plan. "
                    + "Raises 404 if the patient plan or the row does not exist.")
    ClaimHistory get(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @PathVariable("history_uuid") UUID id) {
        return history.get(tenant, patientPlanId, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create claim history item",
            description = "Record a procedure insurance paid (received) "
                    + "or is paying (pending), one done elsewhere (outside_office: its fee may be kept, no benefit amounts) or an adjustment of benefits "
                    + "used elsewhere (no procedure code). Raises 404 if the patient plan does not exist, 422 for an unknown "
                    + "procedure code or a row breaking these rules.")
    ClaimHistory create(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @Valid @RequestBody ClaimHistoryRequests.Create body) {
        return history.create(tenant, patientPlanId, body);
    }

    @PatchMapping("/{history_uuid}")
    @Operation(
            summary = "Update claim history item",
            description = "Update fields of a history row; a field sent as "
                    + "null is cleared. Raises 404 if the patient plan or row does not exist, 409 if base_version does not "
                    + "match, 422 when the result breaks the create rules.")
    ClaimHistory update(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @PathVariable("history_uuid") UUID id,
            @Valid @RequestBody ClaimHistoryRequests.Update body,
            Patch patch) {
        return history.update(tenant, patientPlanId, id, body, patch);
    }

    @DeleteMapping("/{history_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete claim history item",
            description =
                    "Remove a history row: it no longer counts "
                            + "towards benefit usage and answers 404 from then on. Raises 404 if the patient plan or row does not exist.")
    void delete(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @PathVariable("history_uuid") UUID id) {
        history.delete(tenant, patientPlanId, id);
    }
}
