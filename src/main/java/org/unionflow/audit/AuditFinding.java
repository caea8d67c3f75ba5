package org.unionflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/** One auditor's result on one sampled voucher, with its rectification and re-check when it was an issue. */
@Entity
@Table(name = "uf_audit_finding")
public class AuditFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Getter private Long id;

  private Long auditId;
  private Long sampleId;
  @Getter private String voucherNo;
  @Getter private String auditor;
  @Getter private String result;

  @Column(name = "finding_text")
  @Getter private String text;

  @Getter private String response;
  @Getter private String respondedBy;
  @Getter private String recheckNote;
  @Getter private String recheckedBy;

  @Enumerated(EnumType.STRING)
  @Getter private FindingStatus status;

  @Version
  private int version;

  protected AuditFinding() {
  }

  AuditFinding(FundAudit audit, AuditSample sample, String auditor, boolean issue, String text) {
    this.auditId = audit.getId();
    this.sampleId = sample.getId();
    this.voucherNo = sample.getVoucherNo();
    this.auditor = auditor;
    this.result = issue ? "ISSUE" : "OK";
    this.text = text;
    this.status = issue ? FindingStatus.OPEN : FindingStatus.OK;
  }

  void respond(String response, String by) {
    this.response = response;
    this.respondedBy = by;
  }

  void recheck(boolean resolved, String note, String by) {
    this.recheckNote = note;
    this.recheckedBy = by;
    this.status = resolved ? FindingStatus.RESOLVED : FindingStatus.OPEN;
  }
}
