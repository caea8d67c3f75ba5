package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an officer's expense request form submits, already checked. */
record ExpenseRequest(String purpose, BudgetCategory category, long budgetLineId, BigDecimal amount, String payee,
    LocalDate plannedDate, String attachments) {
}
