package io.bitewing.verification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The result of checking a patient's eligibility or a plan's benefits with the carrier. */
public record Verification(
        @Schema(description = "Verification UUID.") UUID id,

        @Schema(description = "The patient plan verified; null when the insurance plan is the owner.")
        UUID patientPlanUuid,

        @Schema(description = "The insurance plan verified; null when a patient plan is the owner.")
        UUID insurancePlanUuid,

        @Schema(description = "Type. One of: eligibility, benefits.")
        Type verificationType,

        @Schema(description = "Source. One of: manual, phone, electronic, fax.")
        Source verificationSource,

        @Schema(description = "Status. One of: verified, failed, partial, unable_to_verify.")
        Status verificationStatus,

        @Schema(description = "Timestamp when the verification was performed.")
        Instant verifiedAt,

        UUID verifiedByUserUuid,
        UUID assignedToUserUuid,
        Integer callDurationMinutes,
        String carrierRefNumber,
        String carrierRepName,

        @Schema(
                description =
                        "When to verify again; defaults from the settings' eligibility_verify_days or benefits_verify_days.")
        LocalDate nextVerificationDue,

        String notes,

        @Schema(description = "The payer's raw answer for electronic verifications; null for the others.")
        Map<String, Object> rawResponseJson,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public enum Type {
        eligibility,
        benefits
    }

    public enum Source {
        manual,
        phone,
        electronic,
        fax
    }

    public enum Status {
        verified,
        failed,
        partial,
        unable_to_verify
    }
}
