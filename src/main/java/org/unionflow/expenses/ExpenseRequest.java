package org.unionflow.expenses;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.unionflow.fund.BudgetCategory;

/** What an officer's expense request form submits, already checked. */
record ExpenseRequest(String purpose, BudgetCategory category, long budgetLineId, BigDecimal amount, String payee,
    LocalDate plannedDate, String attachments) {
}
