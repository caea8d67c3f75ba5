package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.unionflow.TestUnions;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.engine.UnionTenantIdProvider;

/**
 * Drives {@code hardshipAid} through the engine API with valid values at every step, so a test that needs an
 * aid case at a given step asks for it in one line ({@code atPayAid(unionId, 1200.00, 2000.00)}) and does by
 * hand only the step it is about. The member is {@code T-1} of a {@code TestUnions} union, verified by
 * ps-officer1 and ps-officer2; "today" is the app's clock.
 */
@Component
public class AidScenario {

  public static final String FINDINGS_TEXT = "Visited the flat; the situation is as described";

  private final TestUnions unions;
  private final FundLedgerService fund;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final Clock clock;

  AidScenario(TestUnions unions, FundLedgerService fund, RuntimeService runtime, TaskService tasks,
      ManagementService management, Clock clock) {
    this.unions = unions;
    this.fund = fund;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.clock = clock;
  }

  /** A union of its own with a condolence line and this year's hardship-aid line of the given amounts. */
  public String newUnion(String condolence, String hardshipAid) {
    String unionId = unions.withCondolenceBudget(condolence);
    fund.openLine(unionId, today().getYear(), BudgetCategory.HARDSHIP_AID, "Hardship aid / 困难帮扶",
        new BigDecimal(hardshipAid));
    return unionId;
  }

  /** A low-income household of three at 1,200.00 a head: eligible, waiting for the first home visit. */
  public ProcessInstance atVerifyAtHome(String unionId) {
    return apply(unionId, AidSource.APPLICATION, AidCategory.LOW_INCOME, 3, 1200.00);
  }

  /** Verified at home twice, both recommending support: waiting for the committee. */
  public ProcessInstance atReviewCase(String unionId) {
    ProcessInstance aidCase = atVerifyAtHome(unionId);
    verifyTwice(aidCase);
    return aidCase;
  }

  /** An application with these medical costs, approved by the committee and through its notice period. */
  public ProcessInstance atApproveAid(String unionId, AidCategory category, double medicalCosts, double amount) {
    Map<String, Object> application = application(unionId, AidSource.APPLICATION, category, 3, 1200.00);
    application.put(MEDICAL_COSTS, medicalCosts);
    ProcessInstance aidCase = runtime.startProcessInstanceByKey(KEY, application);
    verifyTwice(aidCase);
    approveByCommittee(aidCase, amount);
    endNotice(aidCase);
    return aidCase;
  }

  /** A low-income household of three, approved for the amount by the committee and the chair: to be paid. */
  public ProcessInstance atPayAid(String unionId, double incomePerHead, double amount) {
    ProcessInstance aidCase = apply(unionId, AidSource.APPLICATION, AidCategory.LOW_INCOME, 3, incomePerHead);
    verifyTwice(aidCase);
    approveByCommittee(aidCase, amount);
    endNotice(aidCase);
    approveAs(aidCase, APPROVE_AID, "ps-chair");
    return aidCase;
  }

  public ProcessInstance apply(String unionId, AidSource source, AidCategory category, int household,
      double incomePerHead) {
    return runtime.startProcessInstanceByKey(KEY, application(unionId, source, category, household, incomePerHead));
  }

  /** The start form's values for member T-1; a test changes one of them to see it refused. */
  public Map<String, Object> application(String unionId, AidSource source, AidCategory category, int household,
      double incomePerHead) {
    Map<String, Object> variables = applicationFigures(category, household, incomePerHead);
    variables.put(UnionTenantIdProvider.UNION_ID, unionId);
    variables.put(MEMBER_STAFF_NO, "T-1");
    variables.put(SOURCE, source.name());
    return variables;
  }

  /** What the application says of the household, as a referred case is completed with too. */
  public static Map<String, Object> applicationFigures(AidCategory category, int household, double incomePerHead) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CATEGORY, category.name());
    variables.put(HOUSEHOLD_SIZE, household);
    variables.put(INCOME_PER_HEAD, incomePerHead);
    variables.put(MEDICAL_COSTS, 0.0);
    variables.put(DESCRIPTION, "Spouse out of work since March, two children at school");
    return variables;
  }

  public void verifyTwice(ProcessInstance aidCase) {
    verify(aidCase, VERIFY_AT_HOME, "ps-officer1");
    verify(aidCase, VERIFY_AT_HOME_AGAIN, "ps-officer2");
  }

  /** The officer claims the home visit and finds {@link #FINDINGS_TEXT}, recommending support. */
  public void verify(ProcessInstance aidCase, String taskKey, String officer) {
    Task verification = task(aidCase, taskKey);
    tasks.claim(verification.getId(), officer);
    tasks.complete(verification.getId(), Map.of(FINDINGS, FINDINGS_TEXT, RECOMMENDATION, "SUPPORT"));
  }

  public void approveByCommittee(ProcessInstance aidCase, double amount) {
    tasks.complete(task(aidCase, REVIEW_CASE).getId(), Map.of(DECISION_VALUE, "APPROVE", APPROVED_AMOUNT, amount,
        OVER_BUDGET, false));
  }

  /** The notice period's timer fires, as the job executor would. */
  public void endNotice(ProcessInstance aidCase) {
    management.executeJob(management.createJobQuery().processInstanceId(aidCase.getId())
        .activityId(NOTICE_PERIOD_ENDED).singleResult().getId());
  }

  /** The approver claims the approval and agrees. */
  public void approveAs(ProcessInstance aidCase, String taskKey, String approver) {
    Task approval = task(aidCase, taskKey);
    tasks.claim(approval.getId(), approver);
    tasks.complete(approval.getId(), Map.of(APPROVAL, APPROVED, APPROVAL_COMMENT, "Agreed / 同意"));
  }

  /** The treasurer pays today by bank transfer. */
  public void pay(ProcessInstance aidCase) {
    tasks.complete(task(aidCase, PAY_AID).getId(), Map.of(PAID_ON, today().toString(),
        PAYMENT_METHOD, "BANK_TRANSFER"));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private Task task(ProcessInstance aidCase, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(aidCase.getId()).taskDefinitionKey(taskKey).singleResult();
  }
}
