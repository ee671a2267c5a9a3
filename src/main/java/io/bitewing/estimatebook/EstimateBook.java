package io.bitewing.estimatebook;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An estimate book: where a set of out-of-network plans learns its allowed fees, and by which rule. */
public record EstimateBook(
        @Schema(description = "Estimate book UUID.") UUID id,
        @Schema(description = "Display name.") String name,

        @Schema(description = "Rule type. One of: manual_fee_schedule, allowed_from_claims, ucr_fallback.")
        RuleType ruleType,

        @Schema(description = "Scope. One of: tenant, carrier, plan.")
        ScopeType scopeType,

        @Schema(description = "The carrier of a carrier book (and of a plan book's plan).")
        Ref carrier,

        @Schema(description = "The plan of a plan book, named by its group name.")
        Ref insurancePlan,

        @Schema(description = "The allowed or manual Blue Book fee schedule the book falls back on.")
        Ref allowedFeeSchedule,

        @Schema(
                description = "Which claims an allowed_from_claims book learns from after its rule steps. One of: "
                        + "insurance_plan, group_number, insurance_carrier, insurance_carrier_group.")
        String claimMatchMethod,

        @Schema(description = "Whether to cap allowed fees at the UCR amount.")
        boolean excludeOverUcr,

        @Schema(
                description = "Status. One of: active, draft, archived. Estimates read active books only; a draft can "
                        + "be recomputed and inspected first.")
        Status status,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        @Schema(description = "Timestamp when the book was created.")
        Instant createdAt,

        @Schema(description = "Timestamp of the last update.")
        Instant updatedAt,

        Instant deletedAt) {

    /**
     * What a book falls back on for a code when no rule step finds evidence: its manual schedule, nothing (the
     * estimator then uses the plan's schedules), or the UCR fee.
     */
    public enum RuleType {
        manual_fee_schedule,
        allowed_from_claims,
        ucr_fallback
    }

    /** Which plans a book computes fees for: every out-of-network plan, one carrier's plans, or one plan. */
    public enum ScopeType {
        tenant,
        carrier,
        plan
    }

    /** A draft book is being set up: it can be recomputed and inspected, but estimates do not read it. */
    public enum Status {
        active,
        draft,
        archived
    }

    /**
     * Which claims an {@code allowed_from_claims} book learns from once its rule steps have run: the evidence of the
     * same plan, the same group number, the same carrier, or the same carrier group (the evidence rule steps'
     * matches). Without it such a book learns only through its steps.
     */
    public enum ClaimMatchMethod {
        insurance_plan,
        group_number,
        insurance_carrier,
        insurance_carrier_group
    }

    public boolean live() {
        return deletedAt == null;
    }

    public Ref ref() {
        return new Ref(id, name);
    }
}
