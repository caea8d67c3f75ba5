package org.unionflow.expenses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.platform.Vote;
import org.unionflow.trail.ApprovalStep;
import org.unionflow.trail.ApprovalStepView;

/** An expense as the REST API shows it: the request, every vote and decision, and the voucher. */
record ExpenseView(String businessKey, String processInstanceId, String purpose, BudgetCategory category,
    Long budgetLineId, String budgetLine, BigDecimal amount, String payee, LocalDate plannedDate, String attachments,
    String requestedBy, Instant requestedAt, String route, String routeReason, Integer votesFor, Integer votesAgainst,
    List<Vote> votes, String chairApproval, String chairComment, String approvedBy, boolean overBudget,
    String overBudgetDecision, String overBudgetReason, String overBudgetDecidedBy, LocalDate paidOn,
    String paymentMethod, String voucherNo, ExpenseStatus status, List<ApprovalStepView> approvalSteps) {

  record Vote(String voter, String vote, String comment, Instant votedAt) {
  }

  /** A line of a list: no votes or steps. */
  static ExpenseView of(Expense e) {
    return of(e, List.of(), List.of());
  }

  static ExpenseView of(Expense e, List<ExpenseVote> votes, List<ApprovalStep> steps) {
    return new ExpenseView(e.getBusinessKey(), e.getProcessInstanceId(), e.getPurpose(), e.getCategory(),
        e.getBudgetLine().getId(), e.getBudgetLine().getName(), e.getAmount(), e.getPayee(), e.getPlannedDate(),
        e.getAttachments(), e.getRequestedBy(), e.getRequestedAt(), e.getRoute(), e.getRouteReason(),
        e.getVotesFor(), e.getVotesAgainst(),
        votes.stream().map(v -> new Vote(v.getVoter(), v.getVote(), v.getComment(), v.getVotedAt())).toList(),
        e.getChairApproval(), e.getChairComment(), e.getApprovedBy(), e.isOverBudget(), e.getOverBudgetDecision(),
        e.getOverBudgetReason(), e.getOverBudgetDecidedBy(), e.getPaidOn(), e.getPaymentMethod(), e.getVoucherNo(),
        e.getStatus(),
        ApprovalStepView.of(steps));
  }
}
