package io.bitewing.practice.provider;

import io.bitewing.practice.PersonName;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Lightweight reference to a provider, as other resources embed it. */
public record ProviderRef(
        @Schema(description = "Provider UUID.") UUID id,

        @Schema(description = "Display name, \"Last, First\".")
        String name) {

    public static ProviderRef of(Provider provider) {
        return new ProviderRef(provider.id(), PersonName.display(provider.lastName(), provider.firstName()));
    }
}
