package org.unionflow.expenses;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.unionflow.platform.Money;
import org.unionflow.platform.cases.CaseDisplay;

/** An expense reads as its number, payee and amount: EXP-2026-0001 · 新华书店 · ¥1,234.50. */
@Component
class ExpenseDisplay extends CaseDisplay<Expense> {

  ExpenseDisplay(ExpenseRepository expenses) {
    super(ExpenseProcess.KEY, ExpenseProcess.EXPENSE_ID, expenses::findById);
  }

  @Override
  protected Map<String, String> describe(DelegateExecution execution, Expense expense) {
    return Map.of(
        CASE_TITLE, title(execution.getProcessBusinessKey(), expense.getPayee(), Money.yuan(expense.getAmount())),
        CATEGORY_LABEL, expense.getCategory().label());
  }
}
