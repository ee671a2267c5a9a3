package io.bitewing.patientplan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.shared.web.Ref;
import io.bitewing.subscription.Subscription;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient covered by a subscription in a priority order, as the reference's patient plan output shows it. */
public record PatientPlan(
        @Schema(description = "Patient plan UUID.") UUID id,

        @Schema(description = "The covered patient, named \"Last, First\".")
        PatientRef patient,

        @Schema(description = "Brief subscription info: subscriber, subscriber id, plan and carrier.")
        SubscriptionBrief subscription,

        @Schema(description = "Priority ordinal (1=primary, 2=secondary, 3=tertiary).")
        int ordinal,

        @Schema(description = "Relationship to subscriber. One of: self, spouse, child, other.")
        Relationship relationshipToSubscriber,

        @Schema(description = "Coverage type. One of: dental, medical, vision.")
        CoverageType coverageType,

        @Schema(
                description =
                        "Plan status. One of: active, inactive, pending_verification. Inactive once its subscription is "
                                + "terminated or the plan is archived.")
        Status status,

        @Schema(description = "Whether this plan assignment is pending verification.")
        boolean isPending,

        Integer cobOrderOverride,
        String patIdOverride,

        @Schema(description = "Lightweight reference to a related entity — exposes UUID and optional name.")
        Ref feeSchedule,

        Instant eligibilityLastVerifiedAt,
        Instant benefitsLastVerifiedAt,

        @Schema(description = "Plan-level benefit totals with used, pending and remaining amounts from claim history.")
        BenefitsSummary benefitsSummary,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum) {

    public enum Relationship {
        self,
        spouse,
        child,
        other
    }

    public enum CoverageType {
        dental,
        medical,
        vision
    }

    public enum Status {
        active,
        inactive,
        pending_verification
    }

    /** The subscription a patient plan points at, briefly. */
    @Schema(description = "Brief subscription info nested inside the patient plan output.")
    public record SubscriptionBrief(
            @Schema(description = "Subscription UUID.") UUID id,

            @Schema(description = "The subscriber, named \"Last, First\".")
            PatientRef subscriber,

            String subscriberIdNumber,
            Subscription.PlanBrief insurancePlan,
            Ref carrier,
            Subscription.Status status,
            LocalDate dateEffective,
            LocalDate dateTerm) {}

    /** In force: live and not inactive. Only plans in force hold an ordinal and count towards the three allowed. */
    public boolean inForce() {
        return deletedAt == null && status != Status.inactive;
    }

    /** The insurance plan this patient plan reaches through its subscription. */
    @JsonIgnore
    public UUID planId() {
        return subscription.insurancePlan().id();
    }

    @JsonIgnore
    public UUID patientId() {
        return patient.id();
    }

    @JsonIgnore
    public UUID subscriptionId() {
        return subscription.id();
    }

    PatientPlan withBenefitsSummary(BenefitsSummary summary) {
        return new PatientPlan(
                id,
                patient,
                subscription,
                ordinal,
                relationshipToSubscriber,
                coverageType,
                status,
                isPending,
                cobOrderOverride,
                patIdOverride,
                feeSchedule,
                eligibilityLastVerifiedAt,
                benefitsLastVerifiedAt,
                summary,
                version,
                createdAt,
                updatedAt,
                deletedAt,
                odNum);
    }
}
