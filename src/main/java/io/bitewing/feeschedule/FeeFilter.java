package io.bitewing.feeschedule;

import java.math.BigDecimal;

/** The fee list filters the reference offers. */
record FeeFilter(String search, String category, BigDecimal feeMin, BigDecimal feeMax) {}
