package io.bitewing.x12;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An 835 line (or claim) that could not be posted, with the reason and its segments verbatim. */
record ReviewItem(
        @Schema(description = "Review item UUID.") UUID id,

        @Schema(description = "The 835 interchange it came from.")
        UUID interchangeUuid,

        @Schema(description = "CLP01, the claim's patient control number.")
        String claimRef,

        String procedureCode,
        LocalDate dateOfService,

        @Schema(description = "The line's (or claim's) payment.")
        BigDecimal amount,

        @Schema(description = "Why it could not be posted.") String reason,

        @Schema(description = "The CLP or SVC and the segments of its loop, verbatim.")
        String segmentText,

        Instant createdAt) {}
