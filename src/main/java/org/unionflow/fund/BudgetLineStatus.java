package org.unionflow.fund;

import java.math.BigDecimal;
import org.unionflow.platform.Money;

/** A budget line with what has been spent from it and what is left. */
public record BudgetLineStatus(Long id, int year, BudgetCategory category, String name, BigDecimal amount,
    BigDecimal spent, BigDecimal remaining) {

  BudgetLineStatus(BudgetLine line, BigDecimal spent) {
    this(line.getId(), line.getYear(), line.getCategory(), line.getName(), line.getAmount(), Money.of(spent),
        Money.of(line.getAmount().subtract(spent)));
  }
}
