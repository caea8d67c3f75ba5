package org.unionflow.audit;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.PrintableReport;

/** The approved audit report (经费审查报告) as CSV and as a printable document. */
@Component
@RequiredArgsConstructor
class AuditReportExport {

  private final AuditService audits;

  Csv csv(FundAudit audit) {
    AuditPackage p = audits.auditPackage(audit);
    Csv csv = Csv.withHeader("Section / 部分", "Item / 项目", "Value / 数值", "Detail / 说明", "Status / 状态");
    csv.row("Period / 期间", audit.getBusinessKey(), audit.getPeriodStart() + " – " + audit.getPeriodEnd(), null,
        audit.getStatus());
    csv.row("Totals / 合计", "Income / 收入", audit.getIncomeTotal(), null, null);
    csv.row("Totals / 合计", "Expense / 支出", audit.getExpenseTotal(), audit.getVoucherCount() + " vouchers / 张凭证",
        null);
    p.ledger().byCategory().forEach(c -> csv.row("By category / 分类", c.label(), c.expense(), null, null));
    p.lines().forEach(l -> csv.row("Budget execution / 预算执行", l.name() + " " + l.year(), l.spentInPeriod(),
        "budget / 预算 " + l.amount().toPlainString() + ", remaining / 余额 " + l.remaining().toPlainString(), null));
    audits.findings(audit).stream().filter(f -> !"OK".equals(f.getResult())).forEach(f -> csv.row(
        "Finding / 问题", "#" + f.getId() + " " + f.getVoucherNo(), f.getAuditor(),
        f.getText() + " → " + f.getResponse(), f.getStatus()));
    audits.votes(audit).forEach(v -> csv.row("Vote / 表决", "round / 轮次 " + v.getReportRound(), v.getVoter(),
        v.getComment(), v.getVote()));
    csv.row("Conclusion / 结论", null, null, audit.getConclusion(), null);
    return csv;
  }

  PrintableReport pdf(FundAudit audit) {
    AuditPackage p = audits.auditPackage(audit);
    List<AuditFinding> issues = audits.findings(audit).stream().filter(f -> !"OK".equals(f.getResult())).toList();
    return PrintableReport.titled("Fund audit report / 经费审查报告 " + audit.getBusinessKey())
        .fact("Period / 审查期间", audit.getPeriodStart() + " – " + audit.getPeriodEnd())
        .fact("Income / 收入合计", audit.getIncomeTotal())
        .fact("Expense / 支出合计", audit.getExpenseTotal())
        .fact("Vouchers / 凭证数", audit.getVoucherCount())
        .fact("Vote / 表决", audit.getVotesFor() + " for / 同意, " + audit.getVotesAgainst() + " against / 反对")
        .fact("Published / 公布时间", audit.getPublishedAt())
        .heading("Expense by category / 分类支出")
        .table(List.of("Category / 类别", "Income / 收入", "Expense / 支出"), p.ledger().byCategory().stream()
            .<List<?>>map(c -> List.of(c.label(), c.income(), c.expense())).toList())
        .heading("Budget execution / 预算执行")
        .table(List.of("Budget line / 预算科目", "Budget / 预算", "Spent in period / 本期支出", "Remaining / 余额"),
            p.lines().stream().<List<?>>map(l -> List.of(l.name() + " " + l.year(), l.amount(), l.spentInPeriod(),
                l.remaining())).toList())
        .heading("Findings and their resolution / 审查问题及整改")
        .table(List.of("No. / 编号", "Voucher / 凭证", "Auditor / 审查人", "Finding / 问题", "Response / 整改",
            "Status / 状态"), issues.stream().<List<?>>map(f -> List.of("#" + f.getId(), f.getVoucherNo(),
                f.getAuditor(), f.getText(), f.getResponse() == null ? "" : f.getResponse(), f.getStatus()))
            .toList())
        .heading("Conclusion / 审查结论")
        .note(audit.getConclusion() == null ? "" : audit.getConclusion());
  }
}
