package org.unionflow.aid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.members.Member;
import org.unionflow.platform.CaseRecord;

/** One aid case (帮扶案件): the application and every decision taken on it, filled in as the case moves on. */
@Entity
@Table(name = "uf_aid_case")
@Getter
public class AidCase extends CaseRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  private AidSource source;

  private String nominatedBy;
  private Long referralId;
  private String visitBusinessKey;

  @Enumerated(EnumType.STRING)
  private AidCategory category;

  private Integer householdSize;
  private BigDecimal incomePerHead;
  private BigDecimal medicalCosts;
  private String description;
  private String documents;
  private String openedBy;
  private Instant openedAt;

  private Boolean eligible;
  @Enumerated(EnumType.STRING)
  private HardshipLevel hardshipLevel;
  private BigDecimal suggestedAmount;
  private BigDecimal maxAmount;
  private String eligibilityReason;

  private String firstVerifier;
  private String firstFindings;
  private String firstRecommendation;
  private String secondVerifier;
  private String secondFindings;
  private String secondRecommendation;

  @Enumerated(EnumType.STRING)
  private AidDecision decision;
  private BigDecimal approvedAmount;
  private String decisionReason;
  private boolean overBudget;
  private String decidedBy;

  private LocalDate noticeStarts;
  private LocalDate noticeEnds;

  private String chairApproval;
  private String chairComment;
  private String approvedByChair;
  private String higherLevelApproval;
  private String higherLevelComment;
  private String approvedAtHigherLevelBy;

  private LocalDate paidOn;
  private String paymentMethod;
  private Long ledgerEntryId;
  private String voucherNo;

  @Enumerated(EnumType.STRING)
  private AidStatus status;


  protected AidCase() {
  }

  AidCase(String unionId, String businessKey, String processInstanceId, Member member, AidSource source,
      String description, String openedBy, Instant openedAt) {
    super(unionId, businessKey, processInstanceId);
    this.member = member;
    this.source = source;
    this.description = description;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.status = AidStatus.APPLIED;
  }

  void nominatedBy(String nominator) {
    this.nominatedBy = nominator;
  }

  void referredBy(long referral, String visit) {
    this.referralId = referral;
    this.visitBusinessKey = visit;
  }

  void apply(Application application) {
    this.category = application.category();
    this.householdSize = application.householdSize();
    this.incomePerHead = application.incomePerHead();
    this.medicalCosts = application.medicalCosts();
    if (application.description() != null) {
      this.description = application.description();
    }
    this.documents = application.documents();
    this.status = AidStatus.APPLIED;
  }

  void assessed(Eligibility result) {
    this.eligible = result.eligible();
    this.hardshipLevel = result.level();
    this.suggestedAmount = result.suggestedAmount();
    this.maxAmount = result.maxAmount();
    this.eligibilityReason = result.reason();
    this.status = result.eligible() ? AidStatus.UNDER_VERIFICATION : AidStatus.NOT_ELIGIBLE;
  }

  void verifiedFirst(String officer, String findings, String recommendation) {
    this.firstVerifier = officer;
    this.firstFindings = findings;
    this.firstRecommendation = recommendation;
  }

  void verifiedSecond(String officer, String findings, String recommendation) {
    this.secondVerifier = officer;
    this.secondFindings = findings;
    this.secondRecommendation = recommendation;
    this.status = AidStatus.UNDER_REVIEW;
  }

  void decided(AidDecision committeeDecision, BigDecimal amount, String reason, boolean beyondBudget, String member) {
    this.decision = committeeDecision;
    this.approvedAmount = committeeDecision == AidDecision.APPROVE ? amount : null;
    this.decisionReason = reason;
    this.overBudget = committeeDecision == AidDecision.APPROVE && beyondBudget;
    this.decidedBy = member;
    this.status = switch (committeeDecision) {
      case APPROVE -> AidStatus.UNDER_NOTICE;
      case REJECT -> AidStatus.REJECTED;
      case RETURN -> AidStatus.INFORMATION_REQUESTED;
    };
  }

  void noticeFrom(LocalDate starts, LocalDate ends) {
    this.noticeStarts = starts;
    this.noticeEnds = ends;
    this.status = AidStatus.UNDER_NOTICE;
  }

  void objected() {
    this.status = AidStatus.UNDER_REVIEW;
  }

  void approvedByChair(boolean approved, String comment, String chair) {
    this.chairApproval = approved ? AidProcess.APPROVED : AidProcess.REFUSED;
    this.chairComment = comment;
    this.approvedByChair = chair;
    this.status = approved ? AidStatus.APPROVED : AidStatus.REFUSED;
  }

  void approvedAtHigherLevel(boolean approved, String comment, String approver) {
    this.higherLevelApproval = approved ? AidProcess.APPROVED : AidProcess.REFUSED;
    this.higherLevelComment = comment;
    this.approvedAtHigherLevelBy = approver;
    this.status = approved ? AidStatus.APPROVED : AidStatus.REFUSED;
  }

  void paid(LocalDate on, String method, long entryId, String voucher) {
    this.paidOn = on;
    this.paymentMethod = method;
    this.ledgerEntryId = entryId;
    this.voucherNo = voucher;
    this.status = AidStatus.PAID;
  }

  void awaitsApproval() {
    this.status = AidStatus.AWAITING_APPROVAL;
  }
}
