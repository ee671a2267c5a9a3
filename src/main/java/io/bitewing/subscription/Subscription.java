package io.bitewing.subscription;

import io.bitewing.plan.Plan.PlanType;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A subscriber (a patient) holding an insurance plan, as the reference's subscription output shows it. */
public record Subscription(
        @Schema(description = "Subscription UUID.") UUID id,

        @Schema(description = "The subscriber: a patient, named \"Last, First\".")
        PatientRef subscriber,

        @Schema(description = "Subscriber ID number from the carrier.")
        String subscriberIdNumber,

        @Schema(description = "Brief insurance plan reference embedded in subscription output.")
        PlanBrief insurancePlan,

        @Schema(description = "Brief carrier reference embedded in plan output.")
        Ref carrier,

        @Schema(description = "Subscription status. One of: active, terminated, pending_verification.")
        Status status,

        LocalDate dateEffective,
        LocalDate dateTerm,

        @Schema(
                description =
                        "Notes on this subscriber's benefits; kept per subscription so they never show for another subscriber of the plan.")
        String benefitNotes,

        String subscriberNote,

        @Schema(description = "When this subscription was last verified with the carrier.")
        Instant lastVerifiedAt,

        @Schema(description = "How it was last verified, e.g. phone or electronic.")
        String lastVerifiedSource,

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

    /**
     * The reference's subscription statuses. A subscription is in force (counted as a subscriber of its plan, able
     * to cover patients) while it is live and not terminated.
     */
    public enum Status {
        active,
        terminated,
        pending_verification;

        public boolean inForce() {
            return this == active || this == pending_verification;
        }
    }

    /**
     * The reference's status filter for the list, a set of its own: {@code inactive} is every subscription that is
     * not active (terminated or pending verification).
     */
    public enum StatusFilter {
        active,
        inactive,
        terminated
    }

    /** The plan a subscription holds, briefly. */
    @Schema(description = "Brief insurance plan reference embedded in subscription output.")
    public record PlanBrief(
            @Schema(description = "Plan UUID.") UUID id,
            String groupName,
            String groupNumber,

            @Schema(
                    description =
                            "Plan type. One of: category_percentage, ppo_percentage, ppo_fixed_benefit, medicaid_flat_copay, capitation.")
            PlanType planType) {}

    /** Live and not terminated. */
    public boolean inForce() {
        return deletedAt == null && status.inForce();
    }
}
