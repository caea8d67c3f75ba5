package org.unionflow.motions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unionflow.trail.ApprovalStep;
import org.unionflow.trail.ApprovalStepView;

/** A motion of the register as the REST API shows it; the detail view adds replies and every decision step. */
record MotionView(String businessKey, String processInstanceId, String session, String title,
    MotionCategory category, String reasons, String measures, String proposer, List<String> coSigners,
    List<String> confirmedCoSigners, List<String> declinedCoSigners, List<String> coProposers, Instant submittedAt, MotionStatus status, String signatureProblem,
    ReviewDecision decision, String decisionReason, String decidedBy, List<String> departments,
    String leadDepartment, LocalDate deadline, String mergedInto, Instant remindedAt, String supervisedBy,
    String supervisionNote, Instant answeredAt, Feedback feedback, String feedbackComment, int unsatisfiedRounds,
    FinalDecision finalDecision, String finalReason, LocalDate publishedOn, List<ReplyView> replies,
    List<ApprovalStepView> history) {

  static MotionView of(Motion m) {
    return of(m, null, null);
  }

  static MotionView of(Motion m, List<MotionReply> replies, List<ApprovalStep> steps) {
    return new MotionView(m.getBusinessKey(), m.getProcessInstanceId(), m.getSession().getName(), m.getTitle(),
        m.getCategory(), m.getReasons(), m.getMeasures(), m.getProposer(), m.getCoSigners(),
        m.getConfirmedCoSigners(), m.getDeclinedCoSigners(), m.getCoProposers(),
        m.getSubmittedAt(), m.getStatus(), m.getSignatureProblem(), m.getDecision(), m.getDecisionReason(),
        m.getDecidedBy(), m.getDepartments(), m.getLeadDepartment(), m.getDeadline(), m.getMergedInto(),
        m.getRemindedAt(), m.getSupervisedBy(), m.getSupervisionNote(), m.getAnsweredAt(), m.getFeedback(),
        m.getFeedbackComment(), m.getUnsatisfiedRounds(), m.getFinalDecision(), m.getFinalReason(),
        m.getPublishedOn(), replies == null ? null : replies.stream().map(ReplyView::of).toList(),
        steps == null ? null : ApprovalStepView.of(steps));
  }

  record ReplyView(int round, String department, boolean lead, ReplyOutcome outcome, String content,
      LocalDate scheduledDate, String explanation, String draftedBy, Instant draftedAt, SignOff signOff,
      String signOffComment, String signedOffBy, Instant signedOffAt) {

    static ReplyView of(MotionReply r) {
      return new ReplyView(r.getRound(), r.getDepartment(), r.isLead(), r.getOutcome(), r.getContent(),
          r.getScheduledDate(), r.getExplanation(), r.getDraftedBy(), r.getDraftedAt(), r.getSignOff(),
          r.getSignOffComment(), r.getSignedOffBy(), r.getSignedOffAt());
    }
  }
}
