package io.bitewing.feeschedule;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated note on a fee schedule, as the reference's {@code FeeScheduleNoteOut} shows it. */
record FeeScheduleNote(
        @Schema(description = "Note UUID.") UUID id,
        Ref feeSchedule,
        @Schema(description = "Note text content.") String note,
        String author,
        @Schema(description = "Date the note was entered.") LocalDate dateEntry,
        Instant createdAt) {}
