package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Ledger entries built in memory, never booked: for tests outside the ledger that only read them. */
public final class UnbookedEntries {

  private UnbookedEntries() {
  }

  /** An expense of 10.00 on union-x's 2026 "other" line, voucher {@code PZ-2026-000i}. */
  public static LedgerEntry numbered(int i) {
    BudgetLine line = new BudgetLine("union-x", 2026, BudgetCategory.OTHER, "Other / 其他", new BigDecimal("9999.00"));
    return new LedgerEntry(line, new Payment("union-x", BudgetCategory.OTHER, LocalDate.of(2026, 3, 1),
        new BigDecimal("10.00"), "item " + i, null, null, "t"), String.format("PZ-2026-%04d", i), null);
  }
}
