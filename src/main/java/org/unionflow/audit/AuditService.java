package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.fund.Direction;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.engine.ThisCase;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.platform.web.NotFoundException;

/**
 * The fund audit's state changes (经费审查): the package confirmed and sampled, findings per sampled voucher,
 * their rectification and re-check, and the report the auditors vote on. Opening audits is {@link AuditOpening};
 * the periods {@link AuditPeriod}, the sample {@link AuditSampling}, what the forms start with {@link AuditForms}.
 * The rows handed in have been checked on the server against the forms (the form validator holds each list to the
 * rows the process prefilled, one per sampled voucher or open finding; {@link AuditFormChecks} adds the audit's rules).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

  private final FundAuditRepository audits;
  private final AuditSampleRepository samples;
  private final AuditFindingRepository findings;
  private final AuditVoteRepository votes;
  private final FundLedgerService ledger;
  private final Clock clock;

  public AuditPackage auditPackage(FundAudit audit) {
    return new AuditPackage(ledger.period(audit.getUnionId(), audit.getPeriodStart(), audit.getPeriodEnd()),
        ledger.execution(audit.getUnionId(), audit.getPeriodStart(), audit.getPeriodEnd()));
  }

  /** One auditor's result on one sampled voucher; {@code note} says what is wrong when it is an issue. */
  record VoucherResult(String voucherNo, boolean issue, String note) {
  }

  /** The re-check of one finding; {@code note} says why it stays open or how it was resolved. */
  record Recheck(long findingId, boolean resolved, String note) {
  }

  public String packageSummary(long auditId) {
    return AuditForms.packageSummary(auditPackage(get(auditId)));
  }

  /** The treasurer confirms the package; its totals are kept and the sample is drawn with the audit's seed. */
  @Transactional
  public List<AuditSample> confirmPackage(long auditId, String treasurer, String remarks) {
    FundAudit audit = get(auditId);
    AuditPackage auditPackage = auditPackage(audit);
    audit.packageConfirmed(auditPackage, treasurer, remarks);
    Map<String, LedgerEntry> payments = new LinkedHashMap<>();
    auditPackage.vouchers().stream().filter(e -> e.getDirection() == Direction.EXPENSE)
        .forEach(entry -> payments.put(entry.getVoucherNo(), entry));
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    payments.forEach((voucher, entry) -> amounts.put(voucher, entry.getAmount()));
    List<AuditSample> drawn = new ArrayList<>();
    AuditSampling.sample(amounts, audit.getSampleAbove(), audit.getSampleSize(), audit.getSampleSeed())
        .forEach((voucher, reason) -> drawn.add(new AuditSample(audit, payments.get(voucher), reason)));
    return samples.saveAll(drawn);
  }

  public List<AuditSample> samples(long auditId) {
    return samples.findByAuditIdOrderByVoucherNo(auditId);
  }

  /** Records one auditor's result on every sampled voucher; refused if the auditor already reviewed. */
  @Transactional
  public void review(long auditId, String auditor, List<VoucherResult> results) {
    FundAudit audit = get(auditId);
    if (findings.existsByAuditIdAndAuditor(auditId, auditor)) {
      throw FieldErrors.single(FINDINGS, auditor + " 已审查过 " + audit.getBusinessKey() + " / "
          + auditor + " has already reviewed " + audit.getBusinessKey());
    }
    Map<String, AuditSample> sampled = new LinkedHashMap<>();
    samples(auditId).forEach(s -> sampled.put(s.getVoucherNo(), s));
    findings.saveAllAndFlush(results.stream().map(result -> new AuditFinding(audit,
        sampledVoucher(sampled, result.voucherNo()), auditor, result.issue(), result.note())).toList());
  }

  /** Counts the open findings and tells the responsible people what they are. */
  @Transactional
  public long collect(long auditId) {
    long open = openFindings(auditId).size();
    get(auditId).findingsCollected(open);
    return open;
  }

  public List<AuditFinding> openFindings(long auditId) {
    return findings.findByAuditIdAndStatusOrderById(auditId, FindingStatus.OPEN);
  }

  /** Records the response to each open finding, by finding number. */
  @Transactional
  public void rectify(long auditId, Map<Long, String> responses, String by) {
    openFindings(auditId).forEach(finding -> finding.respond(answerTo(responses, finding), by));
  }

  /** The auditors' re-check of each open finding; returns how many stay open. */
  @Transactional
  public long recheck(long auditId, List<Recheck> rechecks, String by) {
    Map<Long, Recheck> byFinding = new LinkedHashMap<>();
    rechecks.forEach(recheck -> byFinding.put(recheck.findingId(), recheck));
    for (AuditFinding finding : openFindings(auditId)) {
      Recheck result = answerTo(byFinding, finding);
      finding.recheck(result.resolved(), result.note(), by);
    }
    return collect(auditId);
  }

  // the form validator held the rows to the prefilled ones; anything else is a caller's mistake
  private static AuditSample sampledVoucher(Map<String, AuditSample> sampled, String voucherNo) {
    AuditSample sample = sampled.get(voucherNo);
    if (sample == null) {
      throw new IllegalArgumentException(voucherNo + " is not sampled in this audit");
    }
    return sample;
  }

  private static <T> T answerTo(Map<Long, T> answers, AuditFinding finding) {
    T answer = answers.get(finding.getId());
    if (answer == null) {
      throw new IllegalArgumentException("no answer to finding " + finding.getId());
    }
    return answer;
  }

  @Transactional
  public void draftReport(long auditId, String conclusion) {
    get(auditId).reportDrafted(conclusion);
  }

  /** Records one auditor's vote on the current draft; a second vote of the same auditor is refused. */
  @Transactional
  public void voteOnReport(long auditId, String voter, boolean inFavour, String comment) {
    FundAudit audit = get(auditId);
    if (votes.existsByAuditIdAndReportRoundAndVoter(auditId, audit.getReportRound(), voter)) {
      throw FieldErrors.single(VOTE, voter + " 已对本报告表决 / " + voter + " has already voted on this report");
    }
    votes.saveAndFlush(new AuditVote(audit, voter, inFavour ? FOR : AGAINST, comment, Instant.now(clock)));
  }

  /** Records the votes cast on the current draft; whether they pass is the auditReportMajority table's. */
  @Transactional
  public FundAudit countReportVotes(long auditId) {
    FundAudit audit = get(auditId);
    audit.reportCounted((int) votes.countByAuditIdAndReportRoundAndVote(auditId, audit.getReportRound(), FOR),
        (int) votes.countByAuditIdAndReportRoundAndVote(auditId, audit.getReportRound(), AGAINST));
    return audit;
  }

  @Transactional
  public void publish(long auditId) {
    get(auditId).published(Instant.now(clock));
  }

  public FundAudit find(String unionId, String businessKey) {
    return audits.findByUnionIdAndBusinessKey(unionId, businessKey)
        .orElseThrow(() -> new NotFoundException("Audit", businessKey));
  }

  public List<FundAudit> list(String unionId) {
    return audits.findByUnionIdOrderByPeriodStartDesc(unionId);
  }

  /** The union's audits the step filter keeps, newest period first. */
  public List<FundAudit> list(String unionId, CasesAtStep at) {
    if (at.all()) {
      return list(unionId);
    }
    return at.none() ? List.of()
        : audits.findByUnionIdAndProcessInstanceIdInOrderByPeriodStartDesc(unionId, at.instances());
  }

  public List<AuditSample> samples(FundAudit audit) {
    return samples.findByAuditIdOrderByVoucherNo(audit.getId());
  }

  public List<AuditFinding> findings(FundAudit audit) {
    return findings.findByAuditIdOrderById(audit.getId());
  }

  public List<AuditVote> votes(FundAudit audit) {
    return votes.findByAuditIdOrderByReportRoundAscVotedAtAsc(audit.getId());
  }

  FundAudit get(long auditId) {
    return ThisCase.verify(audits.findById(auditId).orElseThrow(() -> new NotFoundException("Audit", auditId)));
  }
}
