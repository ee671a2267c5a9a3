package io.bitewing.draft;

import io.bitewing.plan.Plan.PlanType;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Insurance details imported from outside, awaiting review, as the reference's draft output shows it. */
@Schema(description = "Full insurance draft output.")
public record Draft(
        @Schema(description = "Draft UUID.") UUID id,

        @Schema(description = "The patient the draft belongs to, named \"Last, First\".")
        PatientRef patient,

        String sourceSystem,
        String sourceRef,

        @Schema(description = "Original raw import data, exactly as imported.")
        JsonNode rawDataJson,

        @Schema(description = "Review status. One of: pending, matched, converted, rejected, error.")
        ReviewStatus reviewStatus,

        @Schema(description = "The row as read; null when it could not be read (review_status error).")
        DraftRow parsed,

        @Schema(description = "Why the row could not be read; set exactly when review_status is error.")
        String errorReason,

        @Schema(description = "Lightweight reference to a related entity — exposes UUID and optional name.")
        Ref matchedCarrier,

        @Schema(description = "Lightweight reference to a related entity — exposes UUID and optional name.")
        Ref matchedPlan,

        @Schema(description = "The subscriber, a patient, named \"Last, First\".")
        PatientRef subscriberPatient,

        @Schema(
                description = "Convert creates a plan from the draft under the matched carrier (chosen through "
                        + "match with create_plan).")
        boolean createPlan,

        @Schema(description = "Plan type of the plan convert creates when create_plan is set.")
        PlanType newPlanType,

        @Schema(description = "The subscription convert created or joined; named by its subscriber id number.")
        Ref convertedSubscription,

        @Schema(description = "The patient plan convert created; named by its plan's group name.")
        Ref convertedPatientPlan,

        @Schema(description = "Why the last convert failed (nothing was created); cleared by a successful convert.")
        String conversionError,

        @Schema(description = "The reason given when the draft was rejected.")
        String rejectReason,

        @Schema(description = "When a reviewer last matched, rejected or converted the draft.")
        Instant reviewedAt,

        @Schema(description = "The API token that reviewed it (the acting user, as far as the service knows).")
        UUID reviewedByUserUuid,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        @Schema(description = "Timestamp when the draft was created.")
        Instant createdAt,

        @Schema(description = "Timestamp of the last update.")
        Instant updatedAt) {

    public enum ReviewStatus {
        pending,
        matched,
        converted,
        rejected,
        error
    }

    UUID patientId() {
        return patient.id();
    }
}
