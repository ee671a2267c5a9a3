package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One planned procedure, in treatment-plan order (§5). {@code fee} is the per-unit UCR/billed fee already resolved by the
 * caller; {@code dateOfService} null means the as-of date; {@code overrides} holds the office's overrides by ordinal.
 */
public record ProcedureInput(
        String ref,
        String code,
        BigDecimal fee,
        int units,
        LocalDate dateOfService,
        String tooth,
        String surfaces,
        String toothRange,
        Map<Integer, LineOverride> overrides) {

    public ProcedureInput {
        if (units < 1) units = 1;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    public ProcedureInput(
            String ref,
            String code,
            BigDecimal fee,
            int units,
            LocalDate dateOfService,
            String tooth,
            String surfaces,
            String toothRange) {
        this(ref, code, fee, units, dateOfService, tooth, surfaces, toothRange, Map.of());
    }

    LineOverride overrideFor(int ordinal) {
        return overrides.getOrDefault(ordinal, LineOverride.NONE);
    }

    public ProcedureInput withOverride(int ordinal, LineOverride override) {
        var all = new java.util.HashMap<>(overrides);
        all.put(ordinal, override);
        return new ProcedureInput(ref, code, fee, units, dateOfService, tooth, surfaces, toothRange, all);
    }

    public static ProcedureInput of(String ref, String code, String fee) {
        return new ProcedureInput(ref, code, new BigDecimal(fee), 1, null, null, null, null);
    }

    public ProcedureInput on(LocalDate date) {
        return new ProcedureInput(ref, code, fee, units, date, tooth, surfaces, toothRange, overrides);
    }

    public ProcedureInput tooth(String t) {
        return new ProcedureInput(ref, code, fee, units, dateOfService, t, surfaces, toothRange, overrides);
    }

    public ProcedureInput units(int n) {
        return new ProcedureInput(ref, code, fee, n, dateOfService, tooth, surfaces, toothRange, overrides);
    }
}
