package org.unionflow.expenses;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unionflow.platform.Money;
import org.unionflow.platform.cases.CaseDisplay;

/** An expense reads as its number, payee and amount: EXP-2026-0001 · 新华书店 · ¥1,234.50. */
@Component
class ExpenseDisplay implements CaseDisplay {

  static final String CATEGORY_LABEL = "categoryLabel";

  private final ExpenseRepository expenses;

  ExpenseDisplay(ExpenseRepository expenses) {
    this.expenses = expenses;
  }

  @Override
  public String processKey() {
    return ExpenseProcess.KEY;
  }

  @Override
  public Optional<Map<String, String>> variables(String unionId, String businessKey) {
    return expenses.findByUnionIdAndBusinessKey(unionId, businessKey).map(expense -> Map.of(
        CASE_TITLE, CaseDisplay.title(businessKey, expense.getPayee(), Money.yuan(expense.getAmount())),
        CATEGORY_LABEL, expense.getCategory().label()));
  }
}
