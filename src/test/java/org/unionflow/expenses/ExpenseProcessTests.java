package org.unionflow.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.unionflow.expenses.ExpenseProcess.*;
import static org.unionflow.platform.FieldErrorsAssert.refusals;
import static org.unionflow.platform.FieldErrorsAssert.refusedFields;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.FundTestUnions;
import org.unionflow.platform.Groups;
import org.unionflow.platform.steps.CasesAtStep;

/** Every path of {@code expenseApproval}, driven through the engine API with the real services behind it. */
@UnionFlowTest
class ExpenseProcessTests {

  private static final LocalDate TODAY = UnionDay.today();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired FundExpenseService expenses;
  @Autowired FundLedgerService fund;
  @Autowired FundTestUnions unions;
  @Autowired ExpenseScenario scenario;

  private FundTestUnions.FundUnion union;
  private ProcessInstance expense;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    union = unions.create();
  }

  @Test
  void upToTwoThousandTheChairAloneApprovesAndTheTreasurerBooksIt() {
    expense = scenario.request(union, BudgetCategory.CULTURE_SPORTS, "800.50");

    assertThat(expense.getBusinessKey()).matches("EXP-" + TODAY.getYear() + "-\\d{3,}");
    assertThat(expense).hasPassed(OPEN_EXPENSE, ROUTE_EXPENSE, RECORD_ROUTE).isWaitingAt(APPROVE_EXPENSE)
        .variables().containsEntry(ROUTE, ROUTE_CHAIR);
    assertThat(task()).hasCandidateGroup(Groups.CHAIR);
    complete(task(), withVariables(APPROVAL, APPROVED));
    assertThat(expense).hasPassed(CHECK_BUDGET).isWaitingAt(PAY_EXPENSE);
    assertThat(task()).hasCandidateGroup(Groups.TREASURER);
    complete(task(), withVariables(PAID_ON, TODAY.toString(), PAYMENT_METHOD, "BANK_TRANSFER"));

    assertThat(expense).hasPassed(BOOK_EXPENSE, EXPENSE_PAID).hasNotPassed(VOTE_ON_EXPENSE).isEnded();
    Expense paid = record();
    assertThat(paid.getStatus()).isEqualTo(ExpenseStatus.PAID);
    assertThat(paid.getRequestedBy()).isEqualTo(union.officer(1));
    assertThat(paid.getVoucherNo()).matches("PZ-" + TODAY.getYear() + "-\\d{4}");
    assertThat(paid.getAmount()).isEqualByComparingTo("800.50");
    assertThat(fund.remaining(union.id(), TODAY.getYear(), BudgetCategory.CULTURE_SPORTS))
        .isEqualByComparingTo("9199.50");
  }

  @Test
  void aboveTwoThousandEveryCommitteeMemberVotesAndAMajorityPasses() {
    expense = scenario.request(union, BudgetCategory.CULTURE_SPORTS, "3000.00");

    List<Task> votes = tasks.createTaskQuery().processInstanceId(expense.getId()).taskDefinitionKey(VOTE_ON_EXPENSE)
        .list();
    assertThat(votes).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(union.chair(), union.officer(1), union.officer(2));
    assertThat(tasks.createTaskQuery().processInstanceId(expense.getId()).taskCandidateGroup(Groups.COMMITTEE)
        .includeAssignedTasks().count()).isEqualTo(3);
    scenario.vote(expense, union.chair(), FOR, null);
    scenario.vote(expense, union.officer(1), AGAINST, "Too expensive for one evening");
    assertThat(expense).isWaitingAt(VOTE_ON_EXPENSE);
    scenario.vote(expense, union.officer(2), FOR, null);

    assertThat(expense).hasPassed(COUNT_VOTES).isWaitingAt(APPROVE_EXPENSE).variables()
        .containsEntry(COMMITTEE_PASSED, true).containsEntry(VOTES_FOR, 2).containsEntry(VOTES_AGAINST, 1);
    assertThat(expenses.votes(record())).extracting(ExpenseVote::getVoter, ExpenseVote::getVote)
        .hasSize(3).contains(tuple(union.officer(1), AGAINST));
    assertThat(expenses.votes(record())).filteredOn(v -> v.getComment() != null).extracting(ExpenseVote::getComment)
        .containsExactly("Too expensive for one evening");
  }

  @Test
  void otherExpensesAboveFiveHundredNeedTheCommitteeAndFailWithoutAMajority() {
    expense = scenario.request(union, BudgetCategory.OTHER, "600.00");
    assertThat(expense).isWaitingAt(VOTE_ON_EXPENSE).variables().containsEntry(ROUTE, ROUTE_COMMITTEE);
    assertThat(record().getStatus()).isEqualTo(ExpenseStatus.AWAITING_COMMITTEE);
    assertThat(record().getRouteReason()).contains("500");
    scenario.vote(expense, union.chair(), FOR, null);
    scenario.vote(expense, union.officer(1), AGAINST, null);
    scenario.vote(expense, union.officer(2), AGAINST, "Not a union matter");

    assertThat(expense).hasPassed(EXPENSE_REJECTED_BY_COMMITTEE).hasNotPassed(APPROVE_EXPENSE).isEnded();
    assertThat(record().getStatus()).isEqualTo(ExpenseStatus.COMMITTEE_REJECTED);
    assertThat(record().getVotesAgainst()).isEqualTo(2);
    assertThat(fund.remaining(union.id(), TODAY.getYear(), BudgetCategory.OTHER)).isEqualByComparingTo("5000.00");
  }

  @Test
  void aMemberWhoVotedCannotCastAnotherMembersVote() {
    expense = scenario.request(union, BudgetCategory.CULTURE_SPORTS, "2500.00");
    scenario.vote(expense, union.officer(1), FOR, null);
    Task chairsVote = tasks.createTaskQuery().processInstanceId(expense.getId()).taskAssignee(union.chair())
        .singleResult();

    identity.setAuthentication(union.officer(1), List.of(Groups.OFFICERS, Groups.COMMITTEE), List.of(union.id()));
    Throwable refused;
    try {
      refused = catchThrowable(() -> tasks.complete(chairsVote.getId(), Map.of(VOTE, AGAINST)));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(refusedFields(refused)).containsExactly(VOTE);
    assertThat(expenses.votes(record())).extracting(ExpenseVote::getVoter).containsExactly(union.officer(1));
    assertThat(tasks.createTaskQuery().taskId(chairsVote.getId()).count()).isEqualTo(1);
  }

  @Test
  void theChairRefusesWithAReasonAndNothingIsBooked() {
    expense = scenario.request(union, BudgetCategory.CULTURE_SPORTS, "1200.00");
    Throwable refused = catchThrowable(() -> complete(task(), withVariables(APPROVAL, REFUSED)));
    assertThat(refusedFields(refused)).containsExactly(APPROVAL_COMMENT);

    complete(task(), withVariables(APPROVAL, REFUSED, APPROVAL_COMMENT, "Use the sponsor's money instead"));

    assertThat(expense).hasPassed(EXPENSE_REFUSED).isEnded();
    assertThat(record().getStatus()).isEqualTo(ExpenseStatus.REFUSED);
    assertThat(record().getChairComment()).isEqualTo("Use the sponsor's money instead");
    assertThat(record().getVoucherNo()).isNull();
  }

  @Test
  void beyondTheBudgetLineTheCommitteeAllowsItWithAReasonAndTheLineGoesNegative() {
    expense = scenario.atDecideOverBudget(union, "3500.00");
    assertThat(expense).hasPassed(CHECK_BUDGET);
    assertThat(expense).isWaitingAt(DECIDE_OVER_BUDGET).variables().containsEntry(WITHIN_BUDGET, false)
        .containsEntry(REMAINING, "3000.00");
    assertThat(task()).hasCandidateGroup(Groups.COMMITTEE);
    assertThat(refusedFields(catchThrowable(() -> complete(task(), withVariables(OVER_BUDGET_DECISION, APPROVED)))))
        .containsExactly(OVER_BUDGET_REASON);
    complete(task(), withVariables(OVER_BUDGET_DECISION, APPROVED, OVER_BUDGET_REASON,
        "Provincial teacher training, fees rose"));
    complete(task(), withVariables(PAID_ON, TODAY.toString(), PAYMENT_METHOD, "CASH"));

    assertThat(expense).hasPassed(BOOK_EXPENSE, EXPENSE_PAID).isEnded();
    Expense paid = record();
    assertThat(paid.isOverBudget()).isTrue();
    assertThat(paid.getOverBudgetReason()).isEqualTo("Provincial teacher training, fees rose");
    assertThat(paid.getOverBudgetDecidedBy()).isNotNull();
    assertThat(fund.remaining(union.id(), TODAY.getYear(), BudgetCategory.EDUCATION)).isEqualByComparingTo("-500.00");

    // the line is spent out: a request opened before that is refused at the line, by its name
    Map<String, Object> another = scenario.requestOf(union, BudgetCategory.EDUCATION, "100.00");
    String lineName = fund.line(union.id(), union.line(BudgetCategory.EDUCATION)).orElseThrow().getName();
    assertThat(refusals(catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, another))))
        .containsExactly(BUDGET_LINE_ID + ": 预算科目「" + lineName + "」已无余额，请选择其他科目 / budget line 「"
            + lineName + "」 has no money left; choose another");
  }

  @Test
  void beyondTheBudgetLineARefusalEndsTheExpenseWithoutBooking() {
    expense = scenario.atDecideOverBudget(union, "3500.00");
    assertThat(expense).hasPassed(CHECK_BUDGET);
    complete(task(), withVariables(OVER_BUDGET_DECISION, REFUSED, OVER_BUDGET_REASON, "Wait for next year's budget"));

    assertThat(expense).hasPassed(OVER_BUDGET_REFUSED).hasNotPassed(PAY_EXPENSE).isEnded();
    assertThat(record().getStatus()).isEqualTo(ExpenseStatus.OVER_BUDGET_REFUSED);
    assertThat(fund.remaining(union.id(), TODAY.getYear(), BudgetCategory.EDUCATION)).isEqualByComparingTo("3000.00");
  }

  @Test
  void theRequesterWithdrawsBeforePaymentAndNothingIsBooked() {
    expense = scenario.request(union, BudgetCategory.CULTURE_SPORTS, "300.00");
    complete(task(), withVariables(APPROVAL, APPROVED));
    assertThat(expense).isWaitingAt(PAY_EXPENSE);

    expenses.withdraw(union.id(), expense.getBusinessKey(), union.officer(1), false);

    assertThat(expense).hasPassed(RECORD_WITHDRAWAL, EXPENSE_WITHDRAWN).hasNotPassed(BOOK_EXPENSE).isEnded();
    assertThat(record().getStatus()).isEqualTo(ExpenseStatus.WITHDRAWN);
    assertThat(fund.remaining(union.id(), TODAY.getYear(), BudgetCategory.CULTURE_SPORTS))
        .isEqualByComparingTo("10000.00");
    assertThat(refusedFields(catchThrowable(() -> expenses.withdraw(union.id(), expense.getBusinessKey(),
        union.officer(1), false)))).containsExactly("businessKey");
  }

  @Test
  void badAmountsAndUnknownLinesAreRefusedAndNothingIsWritten() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    for (Object amount : List.of(0, "-5.00", "abc", "12.345")) {
      Map<String, Object> variables = scenario.requestOf(union, BudgetCategory.CULTURE_SPORTS, amount);
      assertThat(refusedFields(catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, variables))))
          .as("amount %s", amount).containsExactly(AMOUNT);
    }
    Map<String, Object> unknownLine = scenario.requestOf(union, BudgetCategory.CULTURE_SPORTS, "100.00");
    unknownLine.put(BUDGET_LINE_ID, 999_999L);
    assertThat(refusedFields(catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, unknownLine))))
        .containsExactly(BUDGET_LINE_ID);
    Map<String, Object> wrongCategory = scenario.requestOf(union, BudgetCategory.CULTURE_SPORTS, "100.00");
    wrongCategory.put(BUDGET_LINE_ID, union.line(BudgetCategory.OTHER));
    assertThat(refusals(catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, wrongCategory))))
        .singleElement().asString().startsWith(BUDGET_LINE_ID + ": 预算科目「")
        .contains("属于" + BudgetCategory.OTHER.label() + "，与所选类别不符").doesNotContain("CULTURE_SPORTS");

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    assertThat(expenses.search(union.id(), null, null, null, null, CasesAtStep.ALL, Pageable.unpaged())
        .getTotalElements()).isZero();
  }

  private Task task() {
    return BpmnAwareTests.task(expense);
  }

  private Expense record() {
    return expenses.find(union.id(), expense.getBusinessKey());
  }
}
