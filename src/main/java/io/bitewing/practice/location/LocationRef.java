package io.bitewing.practice.location;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Lightweight reference to a location, as other resources embed it. */
public record LocationRef(
        @Schema(description = "Location UUID.") UUID id,
        @Schema(description = "Location name.") String name) {

    public static LocationRef of(Location location) {
        return new LocationRef(location.id(), location.name());
    }
}
