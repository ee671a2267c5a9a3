package io.bitewing.enrollment;

import io.bitewing.benefit.Benefit;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.plan.Plan;
import io.bitewing.subscription.Subscription;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What one enrollment call produced: the patient plan and the chain behind it, and which parts it created or reused. */
public record Enrollment(
        @Schema(description = "The insurance plan, created, reused or as named.")
        Plan plan,

        @Schema(description = "The subscription through which the patient is covered, created or reused.")
        Subscription subscription,

        @Schema(description = "The new patient plan.") PatientPlan patientPlan,

        @Schema(
                description = "The patient plan this call ended at the ordinal (replace_existing=true); null when "
                        + "the ordinal was free.")
        PatientPlan replacedPatientPlan,

        @Schema(description = "The plan's live benefits.") List<Benefit> benefits,

        @Schema(description = "Which parts this call created.")
        Created created,

        @Schema(
                description = "Which parts described inline (or the subscription) matched an existing record that was "
                        + "used as it is. A part named by uuid is neither created nor reused.")
        Reused reused,

        @Schema(description = "Parts of the request that were not applied, and why (a reused plan's benefits, say).")
        List<Notice> notices) {

    public record Created(
            @Schema(description = "A new patient was created as the subscriber.")
            boolean subscriber,

            boolean carrier,

            @Schema(description = "The plan was created, with the benefits given.")
            boolean plan,

            boolean subscription,

            @Schema(description = "Always true: an enrollment always creates the patient plan.")
            boolean patientPlan) {}

    public record Reused(
            @Schema(description = "A live carrier had the inline carrier's name.")
            boolean carrier,

            @Schema(description = "A live plan of the carrier had the inline plan's group_number.")
            boolean plan,

            @Schema(description = "The subscriber already held the plan under the subscriber_id_number.")
            boolean subscription) {}

    public record Notice(
            @Schema(description = "Where in the request body, as in a 422's loc.")
            List<Object> loc,

            String msg) {}
}
