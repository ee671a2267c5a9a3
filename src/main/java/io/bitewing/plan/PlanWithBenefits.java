package io.bitewing.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A plan, and its benefit rows when they were asked for. */
record PlanWithBenefits(
        @JsonUnwrapped Plan plan,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The plan's live benefits; present only with include_benefits=true.")
        List<? extends PlanBenefit> benefits) {}
