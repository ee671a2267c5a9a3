package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.util.List;

/** The engine's answer: per plan summaries, per procedure lines, and totals. */
public record EstimateResult(
        List<PlanSummary> plans,
        List<ProcedureEstimate> procedures,
        BigDecimal totalFee,
        BigDecimal totalInsurance,
        BigDecimal totalWriteOff,
        BigDecimal totalPatientPortion) {}
