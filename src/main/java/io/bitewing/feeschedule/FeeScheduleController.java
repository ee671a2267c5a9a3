package io.bitewing.feeschedule;

import io.bitewing.feeschedule.FeeSchedule.Purpose;
import io.bitewing.feeschedule.FeeSchedule.Status;
import io.bitewing.feeschedule.FeeSchedule.Type;
import io.bitewing.feeschedule.FeeScheduleService.Undulated;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Items;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
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
@RequestMapping("/api/v1/{org_id}/insurance/fee-schedules")
@Tag(name = "Fee Schedules", description = "Fee schedules, their fees and notes.")
class FeeScheduleController {

    private final FeeScheduleService schedules;
    private final FeeService fees;

    FeeScheduleController(FeeScheduleService schedules, FeeService fees) {
        this.schedules = schedules;
        this.fees = fees;
    }

    @GetMapping
    @Operation(
            summary = "List fee schedules",
            description = "List fee schedules with optional filters. Use ``purpose`` "
                    + "to filter by the fee schedule's purpose category (e.g., ``office`` for UCR schedules, ``insurance`` for "
                    + "plan-specific schedules). Without ``status`` only active (live) schedules are listed.")
    Page<FeeSchedule> list(
            Tenant tenant,
            PageRequest page,
            @Parameter(description = "Filter by status. One of: active, archived.") @RequestParam(required = false)
                    Status status,
            @Parameter(
                            description =
                                    "Filter by type. One of: normal, copay, out_of_network, fixed_benefit, allowed, manual_blue_book.")
                    @RequestParam(name = "fee_sched_type", required = false)
                    Type feeSchedType,
            @Parameter(description = "Filter by purpose. One of: office, insurance, allowed.")
                    @RequestParam(required = false)
                    Purpose purpose,
            @Parameter(description = "Text search on name and notes.") @RequestParam(required = false) String search) {
        return schedules.list(tenant, new FeeScheduleFilter(status, feeSchedType, purpose, search), page);
    }

    @GetMapping("/stats")
    @Operation(
            summary = "Fee schedule stats",
            description = "Batch stats for all active fee schedules — fee counts and "
                    + "assignment counts. Returns one entry per fee schedule, computed in one query.")
    Items<FeeScheduleStats> stats(Tenant tenant) {
        return new Items<>(schedules.stats(tenant));
    }

    @GetMapping("/{fee_schedule_uuid}")
    @Operation(
            summary = "Get fee schedule",
            description = "Retrieve a single fee schedule by UUID. Raises 404 if the fee " + "schedule does not exist.")
    FeeSchedule get(Tenant tenant, @PathVariable("fee_schedule_uuid") UUID id) {
        return schedules.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create fee schedule",
            description = "Create a new fee schedule. The purpose defaults by type and "
                    + "must suit it (422). Raises 409 if a live schedule has the name, or on idempotency conflict.")
    FeeSchedule create(Tenant tenant, @Valid @RequestBody FeeScheduleRequests.Create body) {
        return schedules.create(tenant, body);
    }

    @PatchMapping("/{fee_schedule_uuid}")
    @Operation(
            summary = "Update fee schedule",
            description = "Update mutable fields on a fee schedule. Type and purpose "
                    + "cannot be changed while the schedule has active assignments (422). Raises 404 if the fee schedule does "
                    + "not exist. Raises 409 if base_version does not match.")
    FeeSchedule update(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID id,
            @Valid @RequestBody FeeScheduleRequests.Update body,
            Patch patch) {
        return schedules.update(tenant, id, body, patch);
    }

    @PostMapping("/{fee_schedule_uuid}/archive")
    @Operation(
            summary = "Archive fee schedule",
            description = "Soft-delete a fee schedule by setting deleted_at. Raises "
                    + "404 if the fee schedule does not exist.")
    FeeSchedule archive(Tenant tenant, @PathVariable("fee_schedule_uuid") UUID id) {
        return schedules.archive(tenant, id);
    }

    @GetMapping("/{fee_schedule_uuid}/history")
    @Operation(
            summary = "Fee schedule audit history",
            description = "Return audit log entries for a specific fee "
                    + "schedule: create, update, archive, copy, undulation, fee and note changes, ordered newest-first. Raises "
                    + "404 if the fee schedule does not exist.")
    FeeScheduleHistory history(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID id,
            @Parameter(description = "Max entries to return.") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "Offset for pagination.") @RequestParam(defaultValue = "0") int offset) {
        return schedules.history(tenant, id, limit, offset);
    }

    @PostMapping("/{fee_schedule_uuid}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Copy fee schedule",
            description = "Create a copy of a fee schedule with optional percentage "
                    + "adjustment. All fees are copied to the new schedule, amounts rounded half-up to cents. Raises 404 if the "
                    + "source schedule does not exist.")
    FeeSchedule copy(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID id,
            @Valid @RequestBody FeeScheduleRequests.Copy body) {
        return schedules.copy(tenant, id, body);
    }

    @PostMapping("/{fee_schedule_uuid}/undulate")
    @Operation(
            summary = "Apply undulation",
            description = "Apply a percentage increase or decrease to all fees in a "
                    + "schedule, rounded half-up to cents. Raises 404 if the fee schedule does not exist. Raises 409 if "
                    + "base_version does not match.")
    Undulated undulate(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID id,
            @Valid @RequestBody FeeScheduleRequests.Undulate body) {
        return schedules.undulate(tenant, id, body);
    }

    @PostMapping("/compare")
    @Operation(
            summary = "Compare fee schedules",
            description = "Compare fees across 2-3 fee schedules side by side. "
                    + "Returns a paginated table of procedure codes with each schedule's current plain fee.")
    FeeComparison compare(Tenant tenant, PageRequest page, @Valid @RequestBody FeeScheduleRequests.Compare body) {
        return fees.compare(tenant, body, page);
    }
}
