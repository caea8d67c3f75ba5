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

/** One auditor's result on one sampled voucher, with its rectification and re-check when it was an issue. */
@Entity
@Table(name = "uf_audit_finding")
public class AuditFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long auditId;
  private Long sampleId;
  private String voucherNo;
  private String auditor;
  private String result;

  @Column(name = "finding_text")
  private String text;

  private String response;
  private String respondedBy;
  private String recheckNote;
  private String recheckedBy;

  @Enumerated(EnumType.STRING)
  private FindingStatus status;

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

  public Long getId() {
    return id;
  }

  public String getVoucherNo() {
    return voucherNo;
  }

  public String getAuditor() {
    return auditor;
  }

  public String getResult() {
    return result;
  }

  public String getText() {
    return text;
  }

  public String getResponse() {
    return response;
  }

  public String getRespondedBy() {
    return respondedBy;
  }

  public String getRecheckNote() {
    return recheckNote;
  }

  public String getRecheckedBy() {
    return recheckedBy;
  }

  public FindingStatus getStatus() {
    return status;
  }
}
