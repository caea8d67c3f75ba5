package org.unionflow.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.unionflow.platform.UnionRow;

/** An objection lodged against a case while its public notice (公示) ran. */
@Entity
@Table(name = "uf_aid_objection")
public class AidObjection extends UnionRow {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "aid_case_id")
  private AidCase aidCase;

  private String reason;
  private String lodgedBy;
  private Instant lodgedAt;

  protected AidObjection() {
  }

  AidObjection(AidCase aidCase, String reason, String lodgedBy, Instant lodgedAt) {
    super(aidCase.getUnionId());
    this.aidCase = aidCase;
    this.reason = reason;
    this.lodgedBy = lodgedBy;
    this.lodgedAt = lodgedAt;
  }

  public String getReason() {
    return reason;
  }

  public String getLodgedBy() {
    return lodgedBy;
  }

  public Instant getLodgedAt() {
    return lodgedAt;
  }
}
