package org.unionflow.audit;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.unionflow.audit.AuditProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.FundTestUnions;
import org.unionflow.fund.FundTestUnions.FundUnion;
import org.unionflow.fund.Payment;
import org.unionflow.platform.Groups;
import org.unionflow.platform.forms.Choices;

/**
 * Drives {@code fundAudit} through the engine API with valid values at every step, so a test that needs an audit
 * at a given step asks for it in one line ({@code atDraftAuditReport(union)}) and does by hand only the step it
 * is about. Audits cover this calendar year of a {@code FundTestUnions} union, requested by its first auditor;
 * "today" is the app's clock.
 */
@Component
public class AuditScenario {

  private final FundTestUnions unions;
  private final FundLedgerService fund;
  private final AuditOpening opening;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Clock clock;

  AuditScenario(FundTestUnions unions, FundLedgerService fund, AuditOpening opening, RuntimeService runtime,
      TaskService tasks, Clock clock) {
    this.unions = unions;
    this.fund = fund;
    this.opening = opening;
    this.runtime = runtime;
    this.tasks = tasks;
    this.clock = clock;
  }

  /**
   * A union of its own that paid seven sports-day items today, 3,600.00 in all: one above the sampling threshold
   * (1,000) and six below it, of which five are drawn.
   */
  public FundUnion newUnionWithPayments() {
    FundUnion union = unions.create();
    for (String amount : List.of("1500.00", "100.00", "200.00", "300.00", "400.00", "500.00", "600.00")) {
      fund.book(new Payment(union.id(), BudgetCategory.CULTURE_SPORTS, today(), new BigDecimal(amount),
          "Sports day item", null, null, union.treasurer()));
    }
    return union;
  }

  /** This year's audit, requested by the first auditor: waiting for the treasurer's package. */
  public FundAudit request(FundUnion union) {
    return opening.request(union.id(), yearStart(), yearEnd(), union.auditor(1));
  }

  /** The package confirmed: one Review vouchers per auditor. */
  public FundAudit atReviewVouchers(FundUnion union) {
    FundAudit audit = request(union);
    confirmPackage(instance(audit), union);
    return audit;
  }

  /** Every auditor found every sampled voucher in order: waiting for the report. */
  public FundAudit atDraftAuditReport(FundUnion union) {
    FundAudit audit = atReviewVouchers(union);
    for (int i = 1; i <= 3; i++) {
      review(instance(audit), union.auditor(i), Map.of());
    }
    return audit;
  }

  public ProcessInstance instance(FundAudit audit) {
    return runtime.createProcessInstanceQuery().processInstanceId(audit.getProcessInstanceId()).singleResult();
  }

  /** The treasurer claims the package and confirms it, bank statements attached. */
  public void confirmPackage(ProcessInstance audit, FundUnion union) {
    Task task = task(audit, PREPARE_AUDIT_PACKAGE);
    tasks.claim(task.getId(), union.treasurer());
    tasks.complete(task.getId(), Map.of(PACKAGE_CONFIRMED, true, TREASURER_REMARKS, "Bank statements attached"));
    assertThat(audit).isWaitingAt(REVIEW_VOUCHERS);
  }

  /**
   * Submits the auditor's rows as the form starts them, one per sampled voucher in order, each marked in order but
   * the vouchers given, which are issues with that note.
   */
  public void review(ProcessInstance audit, String auditor, Map<String, String> issues) {
    Task task = reviewOf(audit, auditor);
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Map<String, Object> row : rows(task, FINDINGS)) {
      String note = issues.get((String) row.get(VOUCHER_NO));
      findings.add(note == null ? row(VOUCHER_NO, row.get(VOUCHER_NO), RESULT, OK, NOTE, "")
          : row(VOUCHER_NO, row.get(VOUCHER_NO), RESULT, ISSUE, NOTE, note));
    }
    tasks.complete(task.getId(), Map.of(FINDINGS, rows(findings)));
  }

  /** The auditor's own Review vouchers task. */
  public Task reviewOf(ProcessInstance audit, String auditor) {
    return tasks.createTaskQuery().processInstanceId(audit.getId()).taskDefinitionKey(REVIEW_VOUCHERS)
        .taskAssignee(auditor).singleResult();
  }

  /** The rows a task's list starts with, as the process prefilled them. */
  public List<Map<String, Object>> rows(Task task, String list) {
    return Choices.rowsOf(tasks.getVariable(task.getId(), list));
  }

  /** Rows as Tasklist submits a dynamic list: one Json value. */
  public static TypedValue rows(List<Map<String, Object>> rows) {
    return Choices.rows(rows);
  }

  /** One row of a list, its items in pairs: key, value, key, value. */
  public static Map<String, Object> row(Object... items) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < items.length; i += 2) {
      row.put((String) items[i], items[i + 1]);
    }
    return row;
  }

  /** The report drafted by the audit committee, whose task it is. */
  public void draftReport(ProcessInstance audit, String conclusion) {
    Task task = task(audit, DRAFT_AUDIT_REPORT);
    assertThat(task).hasCandidateGroup(Groups.AUDITORS);
    tasks.complete(task.getId(), Map.of(CONCLUSION, conclusion));
  }

  /** The auditors' votes on the report, the first auditor's first. */
  public void voteOnReport(ProcessInstance audit, FundUnion union, String... votes) {
    for (int i = 0; i < votes.length; i++) {
      vote(audit, union.auditor(i + 1), votes[i]);
    }
  }

  public void vote(ProcessInstance audit, String auditor, String vote) {
    Task task = tasks.createTaskQuery().processInstanceId(audit.getId()).taskDefinitionKey(VOTE_ON_AUDIT_REPORT)
        .taskAssignee(auditor).singleResult();
    tasks.complete(task.getId(), Map.of(VOTE, vote));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public LocalDate yearStart() {
    return today().withDayOfYear(1);
  }

  public LocalDate yearEnd() {
    return yearStart().plusYears(1).minusDays(1);
  }

  private Task task(ProcessInstance audit, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(audit.getId()).taskDefinitionKey(taskKey).singleResult();
  }
}
