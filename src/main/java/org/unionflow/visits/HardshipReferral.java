package org.unionflow.visits;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.unionflow.members.Member;
import org.unionflow.platform.UnionRow;

/** A visit found serious hardship: the hardship-aid process opens a case for the member from this record. */
@Entity
@Table(name = "uf_hardship_referral")
@Getter
public class HardshipReferral extends UnionRow {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  private String description;

  @Enumerated(EnumType.STRING)
  private ReferralStatus status;

  private String referredBy;
  private Instant referredAt;

  protected HardshipReferral() {
  }

  HardshipReferral(Visit visit, String description, String referredBy, Instant referredAt) {
    super(visit.getUnionId());
    this.member = visit.getMember();
    this.visit = visit;
    this.description = description;
    this.status = ReferralStatus.OPEN;
    this.referredBy = referredBy;
    this.referredAt = referredAt;
  }

  void takeUp() {
    this.status = ReferralStatus.TAKEN_UP;
  }
}
