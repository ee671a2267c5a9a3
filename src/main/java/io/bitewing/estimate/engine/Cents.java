package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money arithmetic of the engine: exact BigDecimal throughout, rounded to cents half-even only where estimation-rules.md
 * §4 step 11 and §13 E34 say (base and insurance estimates); other results are exact cents already.
 */
final class Cents {
    static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Cents() {}

    static BigDecimal round(BigDecimal x) {
        return x.setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal floor0(BigDecimal x) {
        return x.signum() < 0 ? BigDecimal.ZERO : x;
    }

    static BigDecimal percent(BigDecimal x, int percent) {
        return x.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
    }

    static BigDecimal times(BigDecimal perUnit, int units) {
        return perUnit.multiply(BigDecimal.valueOf(units));
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String show(BigDecimal x) {
        return "$" + round(x).toPlainString();
    }
}
