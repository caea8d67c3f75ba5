package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The ledger of a period: its entries and their totals, overall and by category. */
public record LedgerPeriod(LocalDate from, LocalDate to, BigDecimal incomeTotal, BigDecimal expenseTotal,
    List<CategoryTotal> byCategory, List<LedgerEntry> entries) {

  /** Income and expense of one category in the period. */
  public record CategoryTotal(BudgetCategory category, String label, BigDecimal income, BigDecimal expense) {
  }
}
