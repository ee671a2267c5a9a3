package io.bitewing.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** What an import answers: one result per row, in input order, and the totals. */
final class ImportReports {

    private ImportReports() {}

    enum Status {
        created,
        updated,
        unchanged
    }

    enum BenefitsOutcome {
        replaced,
        unchanged,
        not_given
    }

    static final String ROW = "The row: its index in the JSON list (from 0), or its data record in the CSV (from 1, "
            + "the first record after the header; for plans, the plan's first record).";

    record Totals(
            @Schema(description = "Rows that created a new entity.")
            int created,

            @Schema(description = "Rows that changed an existing entity (its version moved on).")
            int updated,

            @Schema(description = "Rows whose entity already held every value given; nothing written.")
            int unchanged) {

        static Totals of(List<Status> statuses) {
            return new Totals(
                    count(statuses, Status.created),
                    count(statuses, Status.updated),
                    count(statuses, Status.unchanged));
        }

        private static int count(List<Status> statuses, Status status) {
            return (int) statuses.stream().filter(status::equals).count();
        }
    }

    record CarrierResult(
            @Schema(description = ROW) int row,

            @Schema(description = "created, updated or unchanged.")
            Status status,

            UUID carrierUuid) {}

    record CarrierReport(Totals totals, List<CarrierResult> rows) {

        static CarrierReport of(List<CarrierResult> rows) {
            return new CarrierReport(
                    Totals.of(rows.stream().map(CarrierResult::status).toList()), rows);
        }
    }

    record PlanResult(
            @Schema(description = ROW) int row,

            @Schema(description = "created, updated (the plan's fields or its benefits changed) or unchanged.")
            Status status,

            UUID planUuid,
            UUID carrierUuid,

            @Schema(
                    description = "replaced (the imported set differed and now is the plan's), unchanged, or "
                            + "not_given (the row named no benefits; the plan's were left alone).")
            BenefitsOutcome benefits) {}

    record PlanReport(Totals totals, List<PlanResult> rows) {

        static PlanReport of(List<PlanResult> rows) {
            return new PlanReport(
                    Totals.of(rows.stream().map(PlanResult::status).toList()), rows);
        }
    }
}
