package io.bitewing.feeschedule;

import io.bitewing.feeschedule.FeeSchedule.Purpose;
import io.bitewing.feeschedule.FeeSchedule.Type;
import io.bitewing.practice.procedurecode.ProcedureCodeBrief;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 2–3 schedules side by side: one row per procedure code, each schedule's current plain fee as a money string. */
record FeeComparison(
        @Schema(description = "Map of schedule UUID → schedule metadata.")
        Map<UUID, Schedule> schedules,

        @Schema(description = "Comparison rows, one per procedure code.")
        List<Row> rows,

        int page,
        int pageSize,

        @Schema(description = "Total number of procedure codes in the comparison.")
        long total) {

    record Schedule(UUID id, String name, Type feeSchedType, Purpose purpose) {}

    record Row(
            ProcedureCodeBrief procedureCode,
            String category,

            @Schema(description = "Schedule UUID → amount (\"50.00\"), null when the schedule has no fee for the code.")
            Map<UUID, String> fees) {}
}
