package io.bitewing.carrier;

import io.bitewing.carrier.Carrier.ElectronicFilingType;
import io.bitewing.carrier.Carrier.EraAutomation;
import io.bitewing.carrier.Carrier.TrustLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Request bodies of the carrier endpoints. */
public final class CarrierRequests {

    private CarrierRequests() {}

    public record Create(
            @NotBlank
            @Size(max = 200)
            @Schema(description = "Display name for the carrier.", example = "Lakeside Dental Benefits")
            String carrierName,

            @Size(max = 200) @Schema(example = "Lakeside Benefits Group")
            String carrierGroupName,

            @Size(max = 50) @Schema(example = "60054") String electronicId,
            ElectronicFilingType electronicFilingType,
            EraAutomation eraAutomationOverride,
            @Size(max = 50) String cobInsurancePaidBehaviorOverride,
            @Schema(example = "trusted") TrustLevel trustLevel,
            Boolean isHidden,

            @Size(max = 200) @Schema(example = "1200 Harbor Way")
            String addressLine1,

            @Size(max = 200) String addressLine2,

            @Size(max = 100) @Schema(example = "Springfield")
            String city,

            @Size(max = 50) @Schema(example = "IL") String state,
            @Size(max = 20) @Schema(example = "62701") String zipCode,

            @Size(max = 50) @Schema(example = "800-555-0199")
            String phone,

            @Size(max = 4000) String notes,

            @Schema(description = "EB08 of this carrier's 271 coinsurance rows is the insurer's share (default false).")
            Boolean coinsuranceInverted) {}

    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200)
            String carrierName,

            @Size(max = 200) String carrierGroupName,
            @Size(max = 50) String electronicId,
            ElectronicFilingType electronicFilingType,
            EraAutomation eraAutomationOverride,
            @Size(max = 50) String cobInsurancePaidBehaviorOverride,
            TrustLevel trustLevel,
            Boolean isHidden,
            @Size(max = 200) String addressLine1,
            @Size(max = 200) String addressLine2,
            @Size(max = 100) String city,
            @Size(max = 50) String state,
            @Size(max = 20) String zipCode,
            @Size(max = 50) String phone,
            @Size(max = 4000) String notes,

            @Schema(description = "EB08 of this carrier's 271 coinsurance rows is the insurer's share (default false).")
            Boolean coinsuranceInverted) {}

    public record Combine(
            @NotEmpty
            @Size(max = 100)
            @Schema(description = "UUIDs of carriers whose plans will be moved to the target.")
            List<@NotNull UUID> sourceUuids,

            @NotNull @Schema(description = "UUID of the carrier that will absorb plans from source carriers.")
            UUID targetUuid) {}
}
