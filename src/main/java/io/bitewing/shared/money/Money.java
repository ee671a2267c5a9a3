package io.bitewing.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is exact: {@code NUMERIC(12,2)} in SQL, {@code BigDecimal} with scale 2 in Java, rounded half-up to cents. */
public final class Money {

    private Money() {}

    /** Scale 2, half-up; null stays null (absent amounts are null, never a sentinel). */
    public static BigDecimal of(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String value) {
        return of(new BigDecimal(value));
    }
}
