package io.bitewing.carrier;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An insurance carrier as the reference's {@code CarrierOut} shows it. */
public record Carrier(
        @Schema(description = "Carrier UUID.") UUID id,

        @Schema(description = "Display name of the carrier.")
        String carrierName,

        String carrierGroupName,

        @Schema(description = "Payer id used for electronic claims and eligibility.")
        String electronicId,

        ElectronicFilingType electronicFilingType,
        EraAutomation eraAutomationOverride,
        String cobInsurancePaidBehaviorOverride,

        @Schema(description = "Trust level. One of: standard, trusted, untrusted.")
        TrustLevel trustLevel,

        @Schema(description = "Whether the carrier is hidden from default list views.")
        boolean isHidden,

        String addressLine1,
        String addressLine2,
        String city,
        String state,
        String zipCode,
        String phone,
        String notes,

        @Schema(
                description = "True when the carrier's 271s send EB08 on a coinsurance row (EB*A) as the insurer's "
                        + "share instead of the patient's, as some payers do; the 271 reader turns it round for this "
                        + "carrier's plans. Default false.")
        boolean coinsuranceInverted,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum) {

    public enum TrustLevel {
        standard,
        trusted,
        untrusted
    }

    public enum ElectronicFilingType {
        do_not_send_electronically,
        do_not_send_secondary_electronically,
        send_electronically
    }

    public enum EraAutomation {
        auto_receive,
        do_not_process,
        manual_review
    }
}
