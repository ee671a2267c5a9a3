package io.bitewing.feeschedule;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/fee-schedules/{fee_schedule_uuid}/notes")
@Tag(name = "Fee Schedules")
class FeeScheduleNoteController {

    private final FeeScheduleNoteService notes;

    FeeScheduleNoteController(FeeScheduleNoteService notes) {
        this.notes = notes;
    }

    @GetMapping
    @Operation(
            summary = "List fee schedule notes",
            description = "List notes attached to a fee schedule, newest entry "
                    + "first. Raises 404 if the fee schedule does not exist.")
    Items<FeeScheduleNote> list(Tenant tenant, @PathVariable("fee_schedule_uuid") UUID scheduleId) {
        return new Items<>(notes.list(tenant, scheduleId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create fee schedule note",
            description = "Add a note to a fee schedule. Raises 404 if the fee " + "schedule does not exist.")
    FeeScheduleNote create(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @Valid @RequestBody FeeScheduleRequests.CreateNote body) {
        return notes.create(tenant, scheduleId, body);
    }

    @DeleteMapping("/{note_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete fee schedule note",
            description = "Delete a note from a fee schedule. Raises 404 if the " + "note does not exist.")
    void delete(Tenant tenant, @PathVariable("fee_schedule_uuid") UUID scheduleId, @PathVariable("note_uuid") UUID id) {
        notes.delete(tenant, scheduleId, id);
    }
}
