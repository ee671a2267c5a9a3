package io.bitewing.estimate;

import io.bitewing.practice.procedurecode.ProcedureCode;
import java.time.LocalDate;
import java.util.UUID;

/** A procedure of the request after validation: its position, code, and the date its fees are looked up for. */
record PlannedProcedure(int index, String ref, ProcedureCode code, EstimateRequests.Procedure body, LocalDate date) {

    UUID provider() {
        return body.providerUuid();
    }

    String tooth() {
        return body.tooth();
    }
}
