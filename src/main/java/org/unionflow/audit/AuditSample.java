package org.unionflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import org.unionflow.fund.LedgerEntry;

/** A voucher drawn for review: above the threshold, or at random from the rest with the audit's seed. */
@Entity
@Table(name = "uf_audit_sample")
public class AuditSample {

  public static final String ABOVE_THRESHOLD = "ABOVE";
  public static final String RANDOM = "RANDOM";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Getter private Long id;

  private Long auditId;
  @Getter private Long ledgerEntryId;
  @Getter private String voucherNo;
  @Getter private BigDecimal amount;
  @Getter private String reason;

  protected AuditSample() {
  }

  AuditSample(FundAudit audit, LedgerEntry entry, String reason) {
    this.auditId = audit.getId();
    this.ledgerEntryId = entry.getId();
    this.voucherNo = entry.getVoucherNo();
    this.amount = entry.getAmount();
    this.reason = reason;
  }
}
