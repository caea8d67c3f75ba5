package org.unionflow.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An objection lodged against a case while its public notice (公示) ran. */
@Entity
@Table(name = "uf_aid_objection")
public class AidObjection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String unionId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "aid_case_id")
  private AidCase aidCase;

  private String reason;
  private String lodgedBy;
  private Instant lodgedAt;

  protected AidObjection() {
  }

  AidObjection(AidCase aidCase, String reason, String lodgedBy, Instant lodgedAt) {
    this.unionId = aidCase.getUnionId();
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
