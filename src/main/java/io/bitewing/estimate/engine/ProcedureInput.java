package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One planned procedure, in treatment-plan order (§5). {@code fee} is the per-unit UCR/billed fee already resolved by the
 * caller; {@code dateOfService} null means the as-of date.
 */
public record ProcedureInput(
        String ref, String code, BigDecimal fee, int units, LocalDate dateOfService, String tooth, String surfaces,
        String toothRange) {

    public ProcedureInput {
        if (units < 1) units = 1;
    }

    public static ProcedureInput of(String ref, String code, String fee) {
        return new ProcedureInput(ref, code, new BigDecimal(fee), 1, null, null, null, null);
    }

    public ProcedureInput on(LocalDate date) {
        return new ProcedureInput(ref, code, fee, units, date, tooth, surfaces, toothRange);
    }

    public ProcedureInput tooth(String t) {
        return new ProcedureInput(ref, code, fee, units, dateOfService, t, surfaces, toothRange);
    }

    public ProcedureInput units(int n) {
        return new ProcedureInput(ref, code, fee, n, dateOfService, tooth, surfaces, toothRange);
    }
}
