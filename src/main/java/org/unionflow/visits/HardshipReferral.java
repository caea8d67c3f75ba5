package org.unionflow.visits;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.unionflow.members.Member;

/** A visit found serious hardship: the hardship-aid process opens a case for the member from this record. */
@Entity
@Table(name = "uf_hardship_referral")
public class HardshipReferral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String unionId;

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
    this.unionId = visit.getUnionId();
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

  public Long getId() {
    return id;
  }

  public String getUnionId() {
    return unionId;
  }

  public Member getMember() {
    return member;
  }

  public Visit getVisit() {
    return visit;
  }

  public String getDescription() {
    return description;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public String getReferredBy() {
    return referredBy;
  }

  public Instant getReferredAt() {
    return referredAt;
  }
}
