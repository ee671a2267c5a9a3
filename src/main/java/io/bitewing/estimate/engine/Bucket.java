package io.bitewing.estimate.engine;

import java.math.BigDecimal;

/** A maximum or deductible: total, used (received + adjustments), pending, consumed by this estimate, remaining (§8.4). */
public record Bucket(
        BigDecimal total, BigDecimal used, BigDecimal pending, BigDecimal thisEstimate, BigDecimal remaining) {}
