package io.bitewing.practice.provider;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the provider endpoints. */
public final class ProviderRequests {

    static final String NPI = "\\d{10}";
    static final String NPI_MESSAGE = "must be exactly 10 digits";

    private ProviderRequests() {}

    public record Create(
            @NotBlank @Size(max = 100) @Schema(description = "Given name.")
            String firstName,

            @NotBlank @Size(max = 100) @Schema(description = "Family name.")
            String lastName,

            @Pattern(regexp = NPI, message = NPI_MESSAGE) @Schema(description = "10-digit individual NPI.")
            String npi,

            @Size(max = 100) @Schema(description = "Free-text specialty.")
            String specialty) {}

    record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 100)
            String firstName,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 100)
            String lastName,

            @Pattern(regexp = NPI, message = NPI_MESSAGE) String npi,
            @Size(max = 100) String specialty) {}
}
