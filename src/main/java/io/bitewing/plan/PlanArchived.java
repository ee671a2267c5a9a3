package io.bitewing.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** The archived plan, as the reference answers it, with what still holds it. */
record PlanArchived(
        @JsonUnwrapped Plan plan,

        @Schema(
                description = "Patient plans still in force through this plan's subscriptions. Estimates pay "
                        + "nothing from an archived plan and say so in each line's notes.")
        int patientPlansHolding,

        @Schema(
                description = "Patient plans this call ended (end_coverage=true): their subscriptions were "
                        + "terminated today and the patient plans set inactive.")
        int patientPlansEnded) {}
