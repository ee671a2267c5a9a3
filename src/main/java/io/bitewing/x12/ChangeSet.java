package io.bitewing.x12;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A 271's benefits read against the plan's current benefits, awaiting review; nothing changes until it is applied. */
record ChangeSet(
        @Schema(description = "Change set UUID.") UUID id,

        @Schema(description = "The 271 interchange it was read from (raw text at …/x12/interchanges/{id}).")
        UUID interchangeUuid,

        UUID patientPlanUuid,
        UUID insurancePlanUuid,

        @Schema(description = "The verification the import recorded.")
        UUID verificationUuid,

        @Schema(
                description =
                        "The plan's benefit_set_version the diff was made against; apply is 409 once it moved on.")
        int baseVersion,

        @Schema(description = "One of: open, applied.") String status,

        @Schema(
                description = "Other or additional payers the 271 reported (EB*R with its 2120 loop): hints for "
                        + "coordination of benefits, also recorded on the eligibility record. Empty when none.")
        List<OtherPayer> otherPayers,

        Instant appliedAt,
        Instant createdAt,

        @Schema(description = "Items by kind: add, change, unchanged, not_understood, fact, skipped.")
        Map<String, Integer> counts,

        List<ChangeItem> items) {

    /** One EB reading: what it proposes, what the plan has now, and why when it is not a rule. */
    record ChangeItem(
            @Schema(description = "Item UUID, to name in apply.")
            UUID id,

            int ordinal,

            @Schema(
                    description = "add (a rule the plan lacks), change (the plan's rule differs: current -> proposed), "
                            + "unchanged, not_understood (kept with its segment text and reason), fact (recorded on "
                            + "the verification, eligibility record or history, not a rule), skipped (the other "
                            + "network's benefit).")
            String kind,

            @Schema(description = "Position of the EB segment in the interchange (1 = ISA).")
            int segmentPosition,

            @Schema(description = "The EB segment and the segments of its loop, verbatim.")
            String segmentText,

            String reason,

            @Schema(description = "MSG text of the EB and how the reading was derived.")
            List<String> notes,

            @Schema(description = "The benefit to create or write, as a benefit create body.")
            Map<String, Object> proposed,

            UUID currentBenefitUuid,

            @Schema(description = "The plan's benefit as it is now (change and unchanged).")
            Map<String, Object> current,

            Instant appliedAt) {}
}
