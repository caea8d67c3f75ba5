package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment to book: which union, which category's line of which year, how much, and the case that caused it. */
public record Payment(
    String unionId,
    BudgetCategory category,
    LocalDate date,
    BigDecimal amount,
    String description,
    String businessKey,
    String processInstanceId,
    String bookedBy) {
}
