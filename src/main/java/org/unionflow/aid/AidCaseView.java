package org.unionflow.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unionflow.trail.ApprovalStep;
import org.unionflow.trail.ApprovalStepView;

/** An aid case as the REST API shows it: the application and every decision, objection and approval step. */
record AidCaseView(String businessKey, String processInstanceId, String memberStaffNo, String memberName,
    AidSource source, String nominatedBy, String visitBusinessKey, AidCategory category, Integer householdSize,
    BigDecimal incomePerHead, BigDecimal medicalCosts, String description, String documents, String openedBy,
    Instant openedAt, Boolean eligible, HardshipLevel level, BigDecimal suggestedAmount, BigDecimal maxAmount,
    String eligibilityReason, Verification firstVerification, Verification secondVerification,
    AidDecision decision, BigDecimal approvedAmount, String decisionReason, boolean overBudget, String decidedBy,
    LocalDate noticeStarts, LocalDate noticeEnds, List<Objection> objections, Approval chairApproval,
    Approval higherLevelApproval, LocalDate paidOn, String paymentMethod, String voucherNo, AidStatus status,
    List<ApprovalStepView> approvalSteps) {

  record Verification(String officer, String findings, String recommendation) {
  }

  /** {@code lodgedBy} entered it; the objector is named when an officer recorded it for them. */
  record Objection(String reason, String lodgedBy, Instant lodgedAt, String objectorStaffNo, String objectorName,
      ObjectionChannel channel, String channelLabel) {

    static Objection of(AidObjection o) {
      return new Objection(o.getReason(), o.getLodgedBy(), o.getLodgedAt(), o.getObjectorStaffNo(),
          o.getObjectorName(), o.getChannel(), o.getChannel().label());
    }
  }

  record Approval(String decision, String comment, String by) {
  }

  /** A line of a list: no objections or steps. */
  static AidCaseView of(AidCase c) {
    return of(c, List.of(), List.of());
  }

  static AidCaseView of(AidCase c, List<AidObjection> objections, List<ApprovalStep> steps) {
    return new AidCaseView(c.getBusinessKey(), c.getProcessInstanceId(), c.getMember().getStaffNo(),
        c.getMember().getName(), c.getSource(), c.getNominatedBy(), c.getVisitBusinessKey(), c.getCategory(),
        c.getHouseholdSize(), c.getIncomePerHead(), c.getMedicalCosts(), c.getDescription(), c.getDocuments(),
        c.getOpenedBy(), c.getOpenedAt(), c.getEligible(), c.getHardshipLevel(), c.getSuggestedAmount(),
        c.getMaxAmount(), c.getEligibilityReason(),
        c.getFirstVerifier() == null ? null
            : new Verification(c.getFirstVerifier(), c.getFirstFindings(), c.getFirstRecommendation()),
        c.getSecondVerifier() == null ? null
            : new Verification(c.getSecondVerifier(), c.getSecondFindings(), c.getSecondRecommendation()),
        c.getDecision(), c.getApprovedAmount(), c.getDecisionReason(), c.isOverBudget(), c.getDecidedBy(),
        c.getNoticeStarts(), c.getNoticeEnds(),
        objections.stream().map(Objection::of).toList(),
        c.getChairApproval() == null ? null
            : new Approval(c.getChairApproval(), c.getChairComment(), c.getApprovedByChair()),
        c.getHigherLevelApproval() == null ? null
            : new Approval(c.getHigherLevelApproval(), c.getHigherLevelComment(), c.getApprovedAtHigherLevelBy()),
        c.getPaidOn(), c.getPaymentMethod(), c.getVoucherNo(), c.getStatus(),
        ApprovalStepView.of(steps));
  }
}
