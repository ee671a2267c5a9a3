package io.bitewing.estimatebook;

import io.bitewing.estimatebook.EstimateBook.ClaimMatchMethod;
import io.bitewing.estimatebook.EstimateBook.RuleType;
import io.bitewing.estimatebook.EstimateBook.ScopeType;
import io.bitewing.estimatebook.EstimateBook.Status;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request bodies of the estimate book endpoints. */
public final class EstimateBookRequests {

    private EstimateBookRequests() {}

    public record Create(
            @NotNull
            @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            @Size(max = 200)
            @Schema(description = "Display name for the estimate book.")
            String name,

            @NotNull
            @Schema(
                    description = "Rule type for fee computation. One of: manual_fee_schedule, "
                            + "allowed_from_claims, ucr_fallback.")
            RuleType ruleType,

            @Schema(
                    description = "One of: tenant, carrier, plan. Defaults to plan when insurance_plan_uuid is sent, "
                            + "carrier when carrier_uuid is sent, else tenant.")
            ScopeType scopeType,

            UUID carrierUuid,
            UUID insurancePlanUuid,

            @Schema(description = "An allowed or manual_blue_book fee schedule; required for manual_fee_schedule.")
            UUID allowedFeeScheduleUuid,

            @Schema(
                    description = "Which claims an allowed_from_claims book learns from after its rule steps. One of: "
                            + "insurance_plan, group_number, insurance_carrier, insurance_carrier_group. Only for "
                            + "rule_type allowed_from_claims.")
            ClaimMatchMethod claimMatchMethod,

            Boolean excludeOverUcr,

            @Schema(description = "One of: active, draft, archived. Defaults to active.")
            Status status) {}

    /** Fields left out keep their value. */
    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200)
            String name,

            RuleType ruleType,
            ScopeType scopeType,
            UUID carrierUuid,
            UUID insurancePlanUuid,
            UUID allowedFeeScheduleUuid,

            @Schema(
                    description = "Which claims an allowed_from_claims book learns from after its rule steps. One of: "
                            + "insurance_plan, group_number, insurance_carrier, insurance_carrier_group. Only for "
                            + "rule_type allowed_from_claims.")
            ClaimMatchMethod claimMatchMethod,

            Boolean excludeOverUcr,

            @Schema(description = "One of: active, draft, archived.")
            Status status) {}
}
