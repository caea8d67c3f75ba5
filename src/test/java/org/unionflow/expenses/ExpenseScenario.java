package org.unionflow.expenses;

import static org.unionflow.expenses.ExpenseProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundTestUnions.FundUnion;
import org.unionflow.platform.Groups;
import org.unionflow.platform.engine.UnionTenantIdProvider;

/**
 * Drives {@code expenseApproval} through the engine API with valid values at every step, so a test that needs an
 * expense at a given step asks for it in one line ({@code atDecideOverBudget(union, "3500.00")}) and does by
 * hand only the step it is about. Requests are made by the union's first officer, on its line of the category;
 * "today" is the app's clock.
 */
@Component
public class ExpenseScenario {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Clock clock;

  ExpenseScenario(RuntimeService runtime, TaskService tasks, IdentityService identity, Clock clock) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * Requested by the first officer: up to the chair's limit it waits at Approve expense, above it at one vote per
   * committee member.
   */
  public ProcessInstance request(FundUnion union, BudgetCategory category, String amount) {
    identity.setAuthentication(union.officer(1), List.of(Groups.OFFICERS, Groups.COMMITTEE), List.of(union.id()));
    try {
      return runtime.startProcessInstanceByKey(KEY, requestOf(union, category, amount));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** An education expense beyond the line's 3,000.00, voted for by the committee and approved by the chair. */
  public ProcessInstance atDecideOverBudget(FundUnion union, String amount) {
    ProcessInstance expense = request(union, BudgetCategory.EDUCATION, amount);
    for (String member : List.of(union.chair(), union.officer(1), union.officer(2))) {
      vote(expense, member, FOR, null);
    }
    approve(expense);
    return expense;
  }

  /** The request form's values; a test changes one of them to see it refused. */
  public Map<String, Object> requestOf(FundUnion union, BudgetCategory category, Object amount) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UnionTenantIdProvider.UNION_ID, union.id());
    variables.put(PURPOSE, "Spring sports day / 春季运动会");
    variables.put(CATEGORY, category.name());
    variables.put(BUDGET_LINE_ID, union.line(category));
    variables.put(AMOUNT, amount);
    variables.put(PAYEE, "City stadium / 市体育场");
    variables.put(PLANNED_DATE, today().toString());
    variables.put(ATTACHMENTS, "Quote from the stadium");
    return variables;
  }

  /** The committee member's own vote, with a comment or none. */
  public void vote(ProcessInstance expense, String member, String vote, String comment) {
    Task task = tasks.createTaskQuery().processInstanceId(expense.getId()).taskDefinitionKey(VOTE_ON_EXPENSE)
        .taskAssignee(member).singleResult();
    Map<String, Object> variables = new HashMap<>();
    variables.put(VOTE, vote);
    variables.put(VOTE_COMMENT, comment);
    tasks.complete(task.getId(), variables);
  }

  /** The chair approves. */
  public void approve(ProcessInstance expense) {
    Task approval = tasks.createTaskQuery().processInstanceId(expense.getId()).taskDefinitionKey(APPROVE_EXPENSE)
        .singleResult();
    tasks.complete(approval.getId(), Map.of(APPROVAL, APPROVED));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
