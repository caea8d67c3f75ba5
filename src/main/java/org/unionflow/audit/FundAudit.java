package org.unionflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.platform.CaseRecord;

/** One audit of the fund (经费审查) for a period: the package, the sample, the report and its vote. */
@Entity
@Table(name = "uf_fund_audit")
@Getter
public class FundAudit extends CaseRecord {

  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String startedBy;
  private Instant startedAt;
  private BigDecimal sampleAbove;
  private int sampleSize;
  private long sampleSeed;
  private BigDecimal incomeTotal;
  private BigDecimal expenseTotal;
  private Integer voucherCount;
  private String packageConfirmedBy;
  private String treasurerRemarks;
  private String conclusion;
  private int reportRound;
  private Integer votesFor;
  private Integer votesAgainst;
  private Instant publishedAt;

  @Enumerated(EnumType.STRING)
  private AuditStatus status;


  protected FundAudit() {
  }

  FundAudit(String unionId, String businessKey, String processInstanceId, LocalDate periodStart, LocalDate periodEnd,
      String startedBy, Instant startedAt, BigDecimal sampleAbove, int sampleSize, long sampleSeed) {
    super(unionId, businessKey, processInstanceId);
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.sampleAbove = sampleAbove;
    this.sampleSize = sampleSize;
    this.sampleSeed = sampleSeed;
    this.status = AuditStatus.PACKAGE_PREPARATION;
  }

  void packageConfirmed(AuditPackage auditPackage, String treasurer, String remarks) {
    this.incomeTotal = auditPackage.incomeTotal();
    this.expenseTotal = auditPackage.expenseTotal();
    this.voucherCount = auditPackage.vouchers().size();
    this.packageConfirmedBy = treasurer;
    this.treasurerRemarks = remarks;
    this.status = AuditStatus.REVIEW;
  }

  void findingsCollected(long open) {
    this.status = open > 0 ? AuditStatus.RECTIFICATION : AuditStatus.REPORT;
  }

  void reportDrafted(String conclusion) {
    this.conclusion = conclusion;
    this.reportRound++;
    this.votesFor = null;
    this.votesAgainst = null;
  }

  void reportCounted(int votesFor, int votesAgainst) {
    this.votesFor = votesFor;
    this.votesAgainst = votesAgainst;
  }

  void published(Instant at) {
    this.publishedAt = at;
    this.status = AuditStatus.PUBLISHED;
  }
}
