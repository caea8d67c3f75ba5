package org.unionflow.expenses;

import static org.unionflow.expenses.ExpenseProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/**
 * What completing each task of {@code expenseApproval} writes into the expense. Comments and reasons are kept
 * in the expense, not in the process, so the next person's form starts empty.
 */
@Configuration
@RequiredArgsConstructor
class ExpenseTaskListeners {

  private final FundExpenseService expenses;

  /** A vote counts for the person logged in, who must be the member the vote was handed to. */
  @Bean
  TaskListener expenseSaveVoteListener() {
    return task -> {
      Submitted in = new Submitted(task);
      String voter = Actor.assignedTo(task, VOTE);
      expenses.vote(in.id(EXPENSE_ID), voter, FOR.equals(in.text(VOTE)), in.text(VOTE_COMMENT));
      task.removeVariable(VOTE_COMMENT);
      task.removeVariable(VOTE);
    };
  }

  @Bean
  TaskListener expenseSaveApprovalListener() {
    return task -> {
      Submitted in = new Submitted(task);
      expenses.approve(in.id(EXPENSE_ID), APPROVED.equals(in.text(APPROVAL)), in.text(APPROVAL_COMMENT),
          Actor.of(task));
      task.removeVariable(APPROVAL_COMMENT);
    };
  }

  @Bean
  TaskListener expenseSaveOverBudgetListener() {
    return task -> {
      Submitted in = new Submitted(task);
      expenses.decideOverBudget(in.id(EXPENSE_ID), APPROVED.equals(in.text(OVER_BUDGET_DECISION)),
          in.text(OVER_BUDGET_REASON), Actor.of(task));
      task.removeVariable(OVER_BUDGET_REASON);
    };
  }
}
