package org.unionflow.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.Groups;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.steps.ProcessSteps;
import org.unionflow.platform.steps.StepQuery;
import org.unionflow.platform.web.NotFoundException;

/**
 * Fund audits of the caller's union: the audit committee starts one on demand; the people who handle or
 * supervise the money read them in full; every member reads a published report.
 */
@RestController
@RequestMapping("/api/fund/audits")
@RequiredArgsConstructor
class AuditController {

  private final AuditService audits;
  private final ProcessSteps steps;
  private final AuditOpening opening;
  private final AuditReportExport export;
  private final CurrentUser currentUser;
  private final Clock clock;

  record AuditRequest(LocalDate periodStart, LocalDate periodEnd) {
  }

  /** Every audit of the union, or those waiting at a step, newest period first. */
  @GetMapping
  List<AuditView> list(StepQuery at) {
    return atStep(at).stream().map(AuditView::of).toList();
  }

  /** The audits as listed, for the page's downloads. */
  @GetMapping(Exports.TABLE_PATH)
  ResponseEntity<byte[]> table(@PathVariable String format, StepQuery at) {
    Csv csv = Csv.withHeader("Case / 编号", "Period from / 期间起", "Period to / 期间止", "Started by / 发起人",
        "Started / 发起时间", "Status / 状态", "Income / 收入合计", "Expenses / 支出合计", "Vouchers / 凭证数",
        "Conclusion / 审查结论", "Published / 公布时间").inZone(clock.getZone());
    atStep(at).forEach(a -> csv.row(a.getBusinessKey(),
        a.getPeriodStart(), a.getPeriodEnd(), a.getStartedBy(), a.getStartedAt(), a.getStatus(), a.getIncomeTotal(),
        a.getExpenseTotal(), a.getVoucherCount(), a.getConclusion(), a.getPublishedAt()));
    return Exports.table(format, "audits", csv);
  }

  /** The published reports, for the notice board of every member. */
  @GetMapping("/published")
  List<AuditView> published() {
    return audits.list(currentUser.unionOf(Register.AUDIT_REPORTS)).stream()
        .filter(audit -> audit.getStatus() == AuditStatus.PUBLISHED).map(AuditView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AuditView request(@RequestBody AuditRequest request) {
    UnionFlowUser user = currentUser.get();
    if (!user.inGroup(Groups.AUDITORS)) {
      throw new AccessDeniedException("Audits are started by the audit committee");
    }
    return AuditView.of(opening.request(user.union(), request.periodStart(), request.periodEnd(), user.id()));
  }

  @GetMapping("/{businessKey}")
  AuditView get(@PathVariable String businessKey) {
    FundAudit audit = audits.find(currentUser.unionOf(Register.AUDITS), businessKey);
    return AuditView.of(audit, audits.auditPackage(audit), audits.samples(audit), audits.findings(audit),
        audits.votes(audit));
  }

  @GetMapping("/{businessKey}/report")
  AuditView report(@PathVariable String businessKey) {
    FundAudit audit = published(businessKey);
    return AuditView.of(audit, audits.auditPackage(audit), List.of(), audits.findings(audit).stream()
        .filter(f -> !"OK".equals(f.getResult())).toList(), audits.votes(audit));
  }

  @GetMapping(value = "/{businessKey}/report.csv", produces = Exports.CSV_VALUE)
  ResponseEntity<byte[]> reportCsv(@PathVariable String businessKey) {
    FundAudit audit = published(businessKey);
    return Exports.csv("audit-report-" + businessKey, export.csv(audit));
  }

  @GetMapping(value = "/{businessKey}/report.pdf", produces = Exports.PDF_VALUE)
  ResponseEntity<byte[]> reportPdf(@PathVariable String businessKey) {
    FundAudit audit = published(businessKey);
    return Exports.pdf("audit-report-" + businessKey, export.pdf(audit));
  }

  private List<FundAudit> atStep(StepQuery at) {
    String unionId = currentUser.unionOf(Register.AUDITS);
    return audits.list(unionId, steps.cases(unionId, AuditProcess.KEY, at));
  }

  /** A report is published to every member of the union once the auditors approved it. */
  private FundAudit published(String businessKey) {
    FundAudit audit = audits.find(currentUser.unionOf(Register.AUDIT_REPORTS), businessKey);
    if (audit.getStatus() != AuditStatus.PUBLISHED) {
      throw new NotFoundException("Published report of audit", businessKey);
    }
    return audit;
  }
}
