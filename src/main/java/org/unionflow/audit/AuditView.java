package org.unionflow.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unionflow.fund.LedgerPeriod;
import org.unionflow.fund.LineExecution;
import org.unionflow.platform.Vote;

/** An audit as the REST API shows it: the package, the sample, every finding and every vote on the report. */
record AuditView(String businessKey, String processInstanceId, LocalDate periodStart, LocalDate periodEnd,
    String startedBy, Instant startedAt, AuditStatus status, BigDecimal incomeTotal, BigDecimal expenseTotal,
    Integer voucherCount, String packageConfirmedBy, String treasurerRemarks, Sampling sampling,
    List<LedgerPeriod.CategoryTotal> byCategory, List<LineExecution> budgetExecution, List<Sample> samples,
    List<Finding> findings, String conclusion, int reportRound, Integer votesFor, Integer votesAgainst,
    List<Vote> votes, Instant publishedAt) {

  record Sampling(BigDecimal above, int randomSize, long seed) {
  }

  record Sample(String voucherNo, BigDecimal amount, String reason) {
  }

  record Finding(long number, String voucherNo, String auditor, String result, String text, String response,
      String respondedBy, String recheckNote, String recheckedBy, FindingStatus status) {
  }

  record Vote(int round, String voter, String vote, String comment, Instant votedAt) {
  }

  /** A line of a list: the figures, not the details. */
  static AuditView of(FundAudit a) {
    return of(a, null, List.of(), List.of(), List.of());
  }

  static AuditView of(FundAudit a, AuditPackage auditPackage, List<AuditSample> samples, List<AuditFinding> findings,
      List<AuditVote> votes) {
    return new AuditView(a.getBusinessKey(), a.getProcessInstanceId(), a.getPeriodStart(), a.getPeriodEnd(),
        a.getStartedBy(), a.getStartedAt(), a.getStatus(), a.getIncomeTotal(), a.getExpenseTotal(),
        a.getVoucherCount(), a.getPackageConfirmedBy(), a.getTreasurerRemarks(),
        new Sampling(a.getSampleAbove(), a.getSampleSize(), a.getSampleSeed()),
        auditPackage == null ? List.of() : auditPackage.ledger().byCategory(),
        auditPackage == null ? List.of() : auditPackage.lines(),
        samples.stream().map(s -> new Sample(s.getVoucherNo(), s.getAmount(), s.getReason())).toList(),
        findings.stream().map(AuditView::finding).toList(), a.getConclusion(), a.getReportRound(), a.getVotesFor(),
        a.getVotesAgainst(),
        votes.stream().map(v -> new Vote(v.getReportRound(), v.getVoter(), v.getVote(), v.getComment(),
            v.getVotedAt())).toList(),
        a.getPublishedAt());
  }

  static Finding finding(AuditFinding f) {
    return new Finding(f.getId(), f.getVoucherNo(), f.getAuditor(), f.getResult(), f.getText(), f.getResponse(),
        f.getRespondedBy(), f.getRecheckNote(), f.getRecheckedBy(), f.getStatus());
  }
}
