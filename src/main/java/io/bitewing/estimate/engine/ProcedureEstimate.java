package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.util.List;

/** The estimate of one procedure: one line per plan, and its totals (patient portion = fee − insurance − write-offs). */
public record ProcedureEstimate(
        String ref,
        String code,
        String coverageCategoryId,
        BigDecimal fee,
        int units,
        List<EstimateLine> lines,
        BigDecimal insuranceTotal,
        BigDecimal writeOffTotal,
        BigDecimal patientPortion) {}
