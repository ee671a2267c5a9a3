package io.bitewing.patientplan;

import io.bitewing.patientplan.PatientPlan.CoverageType;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request bodies of the patient plan endpoints. */
public final class PatientPlanRequests {

    /** A patient has at most three plans in force: primary, secondary, tertiary. */
    public static final int MAX_IN_FORCE = 3;

    private PatientPlanRequests() {}

    public record Create(
            @NotNull @Schema(description = "UUID of the insurance subscription to link.")
            UUID insuranceSubscriptionUuid,

            @NotNull @Schema(description = "Relationship to the subscriber. One of: self, spouse, child, other.")
            Relationship relationshipToSubscriber,

            @Min(1) @Max(MAX_IN_FORCE) @Schema(description = "Priority ordinal (1-3); defaults to the lowest one free.")
            Integer ordinal,

            @Schema(description = "Coverage type. One of: dental, medical, vision. Default dental.")
            CoverageType coverageType,

            @Min(1) @Max(MAX_IN_FORCE) Integer cobOrderOverride,
            UUID feeScheduleUuid,

            @Schema(description = "Pending verification; the status is pending_verification while true. Default false.")
            Boolean isPending,

            @Size(max = 50) String patIdOverride) {}

    /** Fields left out keep their value; nulls clear the optional ones. */
    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            Instant benefitsLastVerifiedAt,
            @Min(1) @Max(MAX_IN_FORCE) Integer cobOrderOverride,
            CoverageType coverageType,
            Instant eligibilityLastVerifiedAt,
            UUID feeScheduleUuid,
            Boolean isPending,
            @Min(1) @Max(MAX_IN_FORCE) Integer ordinal,
            @Size(max = 50) String patIdOverride,
            Relationship relationshipToSubscriber) {}

    public record Reorder(
            @NotEmpty
            @Size(max = MAX_IN_FORCE)
            @Schema(
                    description =
                            "List of patient plan UUIDs with their new ordinals: every plan in force, ordinals 1..n.")
            List<@NotNull @Valid ReorderItem> items) {}

    public record ReorderItem(
            @NotNull UUID patientPlanUuid,
            @NotNull @Min(1) @Max(MAX_IN_FORCE) Integer ordinal) {}
}
