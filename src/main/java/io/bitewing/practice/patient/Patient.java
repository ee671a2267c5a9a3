package io.bitewing.practice.patient;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient of the practice: who insurance is verified and estimated for. */
public record Patient(
        @Schema(description = "Patient UUID.") UUID id,
        @Schema(description = "Given name.") String firstName,
        @Schema(description = "Family name.") String lastName,
        String middleName,
        @Schema(description = "Date of birth, YYYY-MM-DD.") LocalDate birthdate,

        @Schema(description = "One of: female, male, other, unknown.")
        Gender gender,

        String addressLine1,
        String addressLine2,
        String city,
        String state,
        String zipCode,
        String phone,
        String email,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When the patient was archived; null while live.")
        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum) {

    public enum Gender {
        female,
        male,
        other,
        unknown
    }
}
