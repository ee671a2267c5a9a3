package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the fee schedule assignment endpoints. */
public final class FeeAssignmentRequests {

    private FeeAssignmentRequests() {}

    public record Create(
            @NotNull @Schema(description = "Fee schedule to assign.")
            UUID feeScheduleUuid,

            @NotNull @Schema(description = "Location this assignment applies to.")
            UUID locationUuid,

            @NotNull
            @Schema(
                    description =
                            "Kind of assignment. One of: ucr, primary, copay, out_of_network, allowed, manual_blue_book.")
            Kind assignmentKind,

            UUID carrierUuid,
            UUID insurancePlanUuid,
            UUID estimateBookUuid,

            @Schema(description = "Start date; defaults to today.")
            LocalDate effectiveStart,

            LocalDate effectiveEnd,
            @Size(max = 4000) String notes) {}

    /** The slot fields (location, kind, carrier, plan) are immutable; fields left out keep their value. */
    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            UUID feeScheduleUuid,
            UUID estimateBookUuid,
            LocalDate effectiveStart,
            LocalDate effectiveEnd,
            @Size(max = 4000) String notes) {}

    public record Bulk(
            @NotNull @Schema(description = "Fee schedule to assign to each location.")
            UUID feeScheduleUuid,

            @NotEmpty @Size(max = 100) @Schema(description = "Location UUIDs to assign the fee schedule to (1–100).")
            List<@NotNull UUID> locationUuids,

            @NotNull
            @Schema(
                    description =
                            "Kind of assignment. One of: ucr, primary, copay, out_of_network, allowed, manual_blue_book.")
            Kind assignmentKind,

            UUID carrierUuid,
            UUID insurancePlanUuid,
            UUID estimateBookUuid,

            @Schema(description = "Start date; defaults to today.")
            LocalDate effectiveStart,

            LocalDate effectiveEnd,
            @Size(max = 4000) String notes) {

        Create forLocation(UUID locationUuid) {
            return new Create(
                    feeScheduleUuid,
                    locationUuid,
                    assignmentKind,
                    carrierUuid,
                    insurancePlanUuid,
                    estimateBookUuid,
                    effectiveStart,
                    effectiveEnd,
                    notes);
        }
    }

    public record Debug(
            @NotNull @Schema(description = "Date of service for resolution.")
            LocalDate dateOfService,

            @NotNull @Schema(description = "Insurance plan UUID for the patient.")
            UUID insurancePlanUuid,

            @NotNull @Schema(description = "Location UUID where the procedure is performed.")
            UUID locationUuid,

            @NotNull
            @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            @Size(max = 20)
            @Schema(description = "CDT procedure code (e.g., 'D0120').")
            String procedureCode,

            UUID providerUuid) {}
}
