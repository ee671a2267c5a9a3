package io.bitewing.verification;

import io.bitewing.verification.Verification.Source;
import io.bitewing.verification.Verification.Status;
import io.bitewing.verification.Verification.Type;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the verification endpoints. */
public final class VerificationRequests {

    /** A long phone call is hours, not days. */
    static final int MAX_CALL_MINUTES = 1440;

    private VerificationRequests() {}

    public record Entry(
            @Schema(description = "The patient plan verified. Exactly one of patient_plan_uuid or insurance_plan_uuid.")
            UUID patientPlanUuid,

            @Schema(
                    description =
                            "The insurance plan verified. Exactly one of patient_plan_uuid or insurance_plan_uuid.")
            UUID insurancePlanUuid,

            @NotNull @Schema(description = "Type of verification. One of: eligibility, benefits.")
            Type verificationType,

            @NotNull @Schema(description = "How the verification was obtained. One of: manual, phone, electronic, fax.")
            Source verificationSource,

            @NotNull
            @Schema(description = "Outcome of verification. One of: verified, failed, partial, unable_to_verify.")
            Status verificationStatus,

            UUID assignedToUserUuid,
            @Min(0) @Max(MAX_CALL_MINUTES) Integer callDurationMinutes,
            @Size(max = 100) String carrierRefNumber,
            @Size(max = 200) String carrierRepName,

            @Schema(
                    description = "When to verify again. Default: for verified, today plus the settings' "
                            + "eligibility_verify_days or benefits_verify_days; for any other result, today.")
            LocalDate nextVerificationDue,

            @Size(max = 4000) String notes,

            @PastOrPresent
            @Schema(
                    description =
                            "When the check was made, as the vendor reports it (not in the future). Default: " + "now.")
            Instant verifiedAt,

            @Schema(description = "The vendor's or payer's raw answer, kept verbatim; returned as raw_response_json.")
            Map<String, Object> rawResponseJson) {}

    public record Bulk(
            @NotEmpty @Size(max = 500) @Schema(description = "List of verification entries to record.")
            List<@NotNull @Valid Entry> verifications) {}

    public record BulkMark(
            @NotNull @Schema(description = "New status. One of: verified, failed, partial, unable_to_verify.")
            Status verificationStatus,

            @NotEmpty @Size(max = 500) @Schema(description = "UUIDs of verifications to update.")
            List<@NotNull UUID> verificationUuids) {}

    /** Fields left out keep their value; nulls clear the optional ones. */
    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            UUID assignedToUserUuid,
            @Min(0) @Max(MAX_CALL_MINUTES) Integer callDurationMinutes,
            @Size(max = 100) String carrierRefNumber,
            @Size(max = 200) String carrierRepName,
            LocalDate nextVerificationDue,
            @Size(max = 4000) String notes,
            Status verificationStatus) {}
}
