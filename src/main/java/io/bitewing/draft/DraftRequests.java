package io.bitewing.draft;

import io.bitewing.plan.Plan.PlanType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Request bodies of the draft endpoints. */
public final class DraftRequests {

    /** One import holds as many rows as a list page: enough for a family or a vendor batch, small for one request. */
    static final int MAX_ROWS = 200;

    private DraftRequests() {}

    public record Import(
            @NotNull @Schema(description = "UUID of the patient these drafts belong to.")
            UUID patientUuid,

            @Size(max = 100) @Schema(description = "Where the rows came from, e.g. intake_form or a vendor's name.")
            String sourceSystem,

            @NotEmpty
            @Size(max = MAX_ROWS)
            @Schema(
                    description = "Raw insurance data rows to import (1-200), each Payor-shaped or flat; see the "
                            + "endpoint description.")
            List<JsonNode> rows) {}

    public record Match(
            @Schema(description = "UUID of a live carrier.") UUID carrierUuid,

            @Schema(description = "UUID of a live plan; its carrier becomes the draft's carrier.")
            UUID planUuid,

            @Schema(description = "UUID of the live patient who is the subscriber.")
            UUID subscriberPatientUuid,

            @Schema(
                    description =
                            "True: convert creates a plan from the draft (group number and name) under the "
                                    + "matched carrier, instead of matching an existing plan; false: stop doing so. Not with plan_uuid.")
            Boolean createPlan,

            @Schema(
                    description =
                            "Plan type of the plan to create, with create_plan true. Default from the row's X12 "
                                    + "plan_type (PR ppo_percentage, HM capitation, MC medicaid_flat_copay), else category_percentage.")
            PlanType planType) {}

    public record Reject(
            @NotNull
            @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            @Size(max = 1000)
            @Schema(description = "Reason for rejecting the draft.")
            String reason) {}
}
