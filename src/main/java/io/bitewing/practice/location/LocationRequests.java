package io.bitewing.practice.location;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the location endpoints. */
public final class LocationRequests {

    static final String NPI = "\\d{10}";
    static final String NPI_MESSAGE = "must be exactly 10 digits";
    /** An EIN (12-3456789) or a tax id in SSN form (123-45-6789), dashes optional. */
    static final String TAX_ID = "\\d{2}-?\\d{7}|\\d{3}-?\\d{2}-?\\d{4}";

    static final String TAX_ID_MESSAGE = "must be 9 digits, as 12-3456789 or 123-45-6789";

    private LocationRequests() {}

    public record Create(
            @NotBlank @Size(max = 200) @Schema(description = "Display name, unique among live locations.")
            String name,

            @Size(max = 200) String addressLine1,
            @Size(max = 200) String addressLine2,
            @Size(max = 100) String city,
            @Size(max = 50) String state,
            @Size(max = 20) String zipCode,
            @Size(max = 50) String phone,

            @Pattern(regexp = NPI, message = NPI_MESSAGE) @Schema(description = "10-digit NPI.")
            String npi,

            @Pattern(regexp = TAX_ID, message = TAX_ID_MESSAGE) @Schema(description = "EIN, e.g. 12-3456789.")
            String taxId) {}

    record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200)
            String name,

            @Size(max = 200) String addressLine1,
            @Size(max = 200) String addressLine2,
            @Size(max = 100) String city,
            @Size(max = 50) String state,
            @Size(max = 20) String zipCode,
            @Size(max = 50) String phone,
            @Pattern(regexp = NPI, message = NPI_MESSAGE) String npi,

            @Pattern(regexp = TAX_ID, message = TAX_ID_MESSAGE)
            String taxId) {}
}
