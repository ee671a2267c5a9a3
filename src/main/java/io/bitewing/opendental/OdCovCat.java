package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A coverage category as Open Dental's CovCats API shows it, in its field order. */
@Schema(name = "OpenDental.CovCat", description = "A coverage category in Open Dental's shape.")
record OdCovCat(
        @JsonProperty("CovCatNum") long covCatNum,

        @JsonProperty("Description") @Schema(description = "The category's name.")
        String description,

        @JsonProperty("DefaultPercent")
        @Schema(description = "Always -1 (no percentage): Bitewing keeps percentages on the plan's benefits.")
        int defaultPercent,

        @JsonProperty("CovOrder") @Schema(description = "Position; a higher one wins a shared code.")
        int covOrder,

        @JsonProperty("IsHidden") @Schema(description = "\"true\" or \"false\".")
        String isHidden,

        @JsonProperty("EbenefitCat")
        @Schema(description = "The X12 benefit category, from the name of a default category; else None.")
        String ebenefitCat) {}
