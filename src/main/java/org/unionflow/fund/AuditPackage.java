package org.unionflow.fund;

import java.math.BigDecimal;
import java.util.List;

/** What the treasurer prepares for the auditors: the period's ledger with its totals and budget execution. */
public record AuditPackage(LedgerPeriod ledger, List<LineExecution> lines) {

  public BigDecimal incomeTotal() {
    return ledger.incomeTotal();
  }

  public BigDecimal expenseTotal() {
    return ledger.expenseTotal();
  }

  public List<LedgerEntry> vouchers() {
    return ledger.entries();
  }
}
