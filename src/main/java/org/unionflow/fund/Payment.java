package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment to book: which union, which category's line of which year, how much, the case that caused it, and the
 * member it was paid to, if any (their name is masked for most readers of the ledger). */
public record Payment(
    String unionId,
    BudgetCategory category,
    LocalDate date,
    BigDecimal amount,
    String description,
    String businessKey,
    String processInstanceId,
    String bookedBy,
    String beneficiary) {

  /** A payment to no named person (an expense paid to a supplier, say). */
  public Payment(String unionId, BudgetCategory category, LocalDate date, BigDecimal amount, String description,
      String businessKey, String processInstanceId, String bookedBy) {
    this(unionId, category, date, amount, description, businessKey, processInstanceId, bookedBy, null);
  }
}
