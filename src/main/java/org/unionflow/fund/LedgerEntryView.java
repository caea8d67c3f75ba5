package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A ledger entry as the REST API shows it, the beneficiary's name as the reader may see it. */
record LedgerEntryView(Long id, LocalDate entryDate, BigDecimal amount, Direction direction, BudgetCategory category,
    String budgetLine, String voucherNo, String description, String beneficiary, String businessKey,
    String processInstanceId, String bookedBy, Instant bookedAt) {

  static LedgerEntryView of(LedgerEntry e, String shownBeneficiary) {
    return new LedgerEntryView(e.getId(), e.getEntryDate(), e.getAmount(), e.getDirection(), e.getCategory(),
        e.getBudgetLine().getName(), e.getVoucherNo(), e.getDescription(), shownBeneficiary, e.getBusinessKey(),
        e.getProcessInstanceId(), e.getBookedBy(), e.getBookedAt());
  }
}
