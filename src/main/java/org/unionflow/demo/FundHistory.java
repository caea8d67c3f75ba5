package org.unionflow.demo;

import static org.unionflow.expenses.ExpenseProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.unionflow.audit.AuditOpening;
import org.unionflow.audit.AuditProcess;
import org.unionflow.audit.FundAudit;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.BudgetLineStatus;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.Groups;

/**
 * A year of one union's fund: expenses approved by the chair or voted by the committee and paid against their
 * budget lines, two waiting (for the committee's votes, for the chair); then the audit of the first part of the
 * year done and published, and the audit of the rest with its finding answered, for the auditors to re-check.
 */
@RequiredArgsConstructor
final class FundHistory {

  private final DemoSteps steps;
  private final DemoYear year;
  private final FundLedgerService ledger;
  private final AuditOpening opening;

  void expenses() {
    paid(approved(request(BudgetCategory.CULTURE_SPORTS, 1800.00, "春季教职工运动会 / Spring sports day", year.at(0.12))));
    paid(approved(voted(request(BudgetCategory.EDUCATION, 3600.00, "教师读书会购书 / Books for the reading club",
        year.at(0.35)), Integer.MAX_VALUE)));
    paid(approved(request(BudgetCategory.ADMINISTRATION, 650.00, "工会办公用品 / Office supplies", year.at(0.62))));
    paid(approved(voted(request(BudgetCategory.CULTURE_SPORTS, 4800.00, "国庆文艺汇演 / National Day show",
        year.at(0.8)), Integer.MAX_VALUE)));
    voted(request(BudgetCategory.CULTURE_SPORTS, 5200.00, "元旦联欢会 / New Year party", year.today()), 1);
    request(BudgetCategory.EDUCATION, 1200.00, "心理健康讲座 / Talk on mental health", year.today());
  }

  /**
   * Audits the year in two parts (the first half-year once it is over): the first rectified, re-checked,
   * approved and published; in the second the treasurer has answered the issue and the auditors are to re-check.
   */
  void audits() {
    LocalDate split = year.today().getMonthValue() > 6 ? LocalDate.of(year.today().getYear(), 6, 30)
        : year.at(0.5);
    ProcessInstance done = rectified(audited(year.today().withDayOfYear(1), split));
    String auditor = steps.person(Groups.AUDITORS, 1);
    steps.fillRows(auditor, done, AuditProcess.RECHECK_FINDINGS, AuditProcess.RECHECKS, row -> Map.of(
        AuditProcess.RESULT, AuditProcess.RESOLVED, AuditProcess.NOTE, "已核实 / checked"));
    steps.complete(auditor, done, AuditProcess.DRAFT_AUDIT_REPORT, Map.of(AuditProcess.CONCLUSION,
        "经费收支符合预算，发现的问题已整改 / spent as budgeted, the finding rectified"));
    for (int n = 1; steps.has(Groups.AUDITORS, n); n++) {
      steps.complete(steps.person(Groups.AUDITORS, n), done, AuditProcess.VOTE_ON_AUDIT_REPORT,
          Map.of(AuditProcess.VOTE, AuditProcess.FOR));
    }
    rectified(audited(split.plusDays(1), year.today()));
  }

  /** Requested by the audit committee, the package confirmed, every sampled voucher reviewed: one has an issue. */
  private ProcessInstance audited(LocalDate from, LocalDate to) {
    String auditor = steps.person(Groups.AUDITORS, 1);
    // as the audit REST endpoint does: UnionFlow's own code starts it by message, in the auditor's name
    FundAudit audit = opening.request(steps.union().id(), from, to, auditor);
    ProcessInstance instance = steps.instance(audit.getProcessInstanceId());
    steps.complete(steps.person(Groups.TREASURER, 1), instance, AuditProcess.PREPARE_AUDIT_PACKAGE,
        Map.of(AuditProcess.PACKAGE_CONFIRMED, true, AuditProcess.TREASURER_REMARKS, "凭证齐全 / vouchers complete"));
    for (int n = 1; steps.has(Groups.AUDITORS, n); n++) {
      boolean first = n == 1;
      steps.fillRows(steps.person(Groups.AUDITORS, n), instance, AuditProcess.REVIEW_VOUCHERS, AuditProcess.FINDINGS,
          row -> first && row == 0 ? Map.of(AuditProcess.RESULT, AuditProcess.ISSUE, AuditProcess.NOTE,
              "缺少发票 / receipt missing") : Map.of(AuditProcess.RESULT, AuditProcess.OK));
    }
    return instance;
  }

  /** The treasurer answers every open finding. */
  private ProcessInstance rectified(ProcessInstance audit) {
    steps.fillRows(steps.person(Groups.TREASURER, 1), audit, AuditProcess.RECTIFY_FINDINGS, AuditProcess.RESPONSES,
        row -> Map.of(AuditProcess.RESPONSE, "已补齐发票 / receipt filed"));
    return audit;
  }

  /** An officer requests it for the planned day, on the line of its category. */
  private ProcessInstance request(BudgetCategory category, double amount, String purpose, LocalDate planned) {
    long line = ledger.lines(steps.union().id(), planned.getYear()).stream()
        .filter(candidate -> candidate.category() == category).map(BudgetLineStatus::id).findFirst().orElseThrow();
    Map<String, Object> form = new HashMap<>();
    form.put(PURPOSE, purpose);
    form.put(CATEGORY, category.name());
    form.put(BUDGET_LINE_ID, line);
    form.put(AMOUNT, amount);
    form.put(PAYEE, "学校工会 / the school union");
    form.put(PLANNED_DATE, planned.toString());
    form.put(ATTACHMENTS, "报价单 / quotation");
    return steps.start(steps.person(Groups.OFFICERS, 1), KEY, form);
  }

  /** The first members of the committee (up to all of them) vote for it; each vote is a task of its own. */
  private ProcessInstance voted(ProcessInstance expense, int voters) {
    for (int n = 1; n <= voters && steps.has(Groups.COMMITTEE, n); n++) {
      steps.complete(steps.person(Groups.COMMITTEE, n), expense, VOTE_ON_EXPENSE, Map.of(VOTE, FOR, VOTE_COMMENT,
          "同意 / in favour"));
    }
    return expense;
  }

  private ProcessInstance approved(ProcessInstance expense) {
    steps.complete(steps.person(Groups.CHAIR, 1), expense, APPROVE_EXPENSE, Map.of(APPROVAL, APPROVED,
        APPROVAL_COMMENT, "同意 / agreed"));
    return expense;
  }

  private void paid(ProcessInstance expense) {
    steps.complete(steps.person(Groups.TREASURER, 1), expense, PAY_EXPENSE,
        Map.of(PAID_ON, steps.variable(expense, PLANNED_DATE).toString(), PAYMENT_METHOD, "BANK_TRANSFER"));
  }
}
