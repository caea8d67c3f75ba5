package org.unionflow.audit;

import java.math.BigDecimal;
import java.util.List;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.fund.LedgerPeriod;
import org.unionflow.fund.LineExecution;

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
