package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** A period's ledger as the REST API shows it. */
record LedgerPeriodView(LocalDate from, LocalDate to, BigDecimal incomeTotal, BigDecimal expenseTotal,
    List<LedgerPeriod.CategoryTotal> byCategory, List<LedgerEntryView> entries) {

  static LedgerPeriodView of(LedgerPeriod p, UnaryOperator<String> shownBeneficiary) {
    return new LedgerPeriodView(p.from(), p.to(), p.incomeTotal(), p.expenseTotal(), p.byCategory(),
        p.entries().stream().map(e -> LedgerEntryView.of(e, shownBeneficiary.apply(e.getBeneficiary()))).toList());
  }
}
