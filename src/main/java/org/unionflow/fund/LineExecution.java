package org.unionflow.fund;

import java.math.BigDecimal;

/** Budget execution (预算执行) of one line: spent within a period, spent in its year so far, and what is left. */
public record LineExecution(Long lineId, int year, BudgetCategory category, String name, BigDecimal amount,
    BigDecimal spentInPeriod, BigDecimal spentInYear, BigDecimal remaining) {
}
