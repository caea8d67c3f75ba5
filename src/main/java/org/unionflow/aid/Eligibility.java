package org.unionflow.aid;

import java.math.BigDecimal;

/** What the {@code hardshipEligibility} table decided. */
record Eligibility(boolean eligible, HardshipLevel level, BigDecimal suggestedAmount, BigDecimal maxAmount,
    String reason) {
}
