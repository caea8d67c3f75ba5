package org.unionflow.expenses;

import static org.unionflow.expenses.ExpenseProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** The service tasks of {@code expenseApproval}: thin beans handing typed variables to {@link FundExpenseService}. */
@Configuration
@RequiredArgsConstructor
class ExpenseDelegates {

  private final FundExpenseService expenses;

  /** Files the request under its business key; the requester is whoever is logged in. */
  @Bean
  JavaDelegate expenseOpenDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      String requester = in.text(INITIATOR) == null ? Actor.of(execution) : in.text(INITIATOR);
      Expense expense = expenses.open(execution.getTenantId(), execution.getProcessInstanceId(), request(in),
          requester);
      execution.setProcessBusinessKey(expense.getBusinessKey());
      execution.setVariable(EXPENSE_ID, expense.getId());
      // the table compares numbers; the amount itself stays text so no yuan is lost
      execution.setVariable(AMOUNT_VALUE, expense.getAmount().doubleValue());
    };
  }

  @Bean
  JavaDelegate expenseRecordRouteDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      expenses.route(in.id(EXPENSE_ID), in.text(ROUTE), in.text(ROUTE_REASON));
      if (ROUTE_COMMITTEE.equals(in.text(ROUTE))) {
        execution.setVariable(VOTERS, new ArrayList<>(expenses.committee(execution.getTenantId())));
      }
    };
  }

  @Bean
  JavaDelegate expenseCountVotesDelegate() {
    return execution -> {
      Expense counted = expenses.count(new Submitted(execution).id(EXPENSE_ID));
      execution.setVariable(VOTES_FOR, counted.getVotesFor());
      execution.setVariable(VOTES_AGAINST, counted.getVotesAgainst());
      execution.setVariable(COMMITTEE_PASSED, counted.getStatus() == ExpenseStatus.AWAITING_CHAIR);
    };
  }

  @Bean
  JavaDelegate expenseCheckBudgetDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      BigDecimal left = expenses.checkBudget(in.id(EXPENSE_ID));
      execution.setVariable(REMAINING, left.toPlainString());
      execution.setVariable(WITHIN_BUDGET, in.money(AMOUNT).compareTo(left) <= 0);
    };
  }

  /** Runs in the transaction completing "Pay expense": a refusal by the ledger keeps the task open. */
  @Bean
  JavaDelegate expenseBookDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      LedgerEntry entry = expenses.pay(in.id(EXPENSE_ID), in.date(PAID_ON), in.text(PAYMENT_METHOD),
          Actor.of(execution));
      execution.setVariable(VOUCHER_NO, entry.getVoucherNo());
    };
  }

  @Bean
  JavaDelegate expenseRecordWithdrawalDelegate() {
    return execution -> expenses.recordWithdrawal(new Submitted(execution).id(EXPENSE_ID));
  }

  static ExpenseRequest request(Submitted in) {
    return new ExpenseRequest(in.text(PURPOSE), BudgetCategory.valueOf(in.text(CATEGORY)),
        in.integer(BUDGET_LINE_ID), in.money(AMOUNT), in.text(PAYEE), in.date(PLANNED_DATE), in.text(ATTACHMENTS));
  }
}
