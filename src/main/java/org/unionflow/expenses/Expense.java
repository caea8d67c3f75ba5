package org.unionflow.expenses;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.BudgetLine;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.CaseRecord;

/** An expense request (经费支出申请) and every decision on it, from the request to the voucher. */
@Entity
@Table(name = "uf_expense")
@Getter
public class Expense extends CaseRecord {

  private String purpose;

  @Enumerated(EnumType.STRING)
  private BudgetCategory category;

  @ManyToOne(optional = false)
  @JoinColumn(name = "budget_line_id")
  private BudgetLine budgetLine;

  private BigDecimal amount;
  private String payee;
  private LocalDate plannedDate;
  private String attachments;
  private String requestedBy;
  private Instant requestedAt;
  private String route;
  private String routeReason;
  private Integer votesFor;
  private Integer votesAgainst;
  private String chairApproval;
  private String chairComment;
  private String approvedBy;
  private boolean overBudget;
  private String overBudgetDecision;
  private String overBudgetReason;
  private String overBudgetDecidedBy;
  private LocalDate paidOn;
  private String paymentMethod;
  private Long ledgerEntryId;
  private String voucherNo;

  @Enumerated(EnumType.STRING)
  private ExpenseStatus status;


  protected Expense() {
  }

  Expense(String unionId, String businessKey, String processInstanceId, ExpenseRequest request, BudgetLine line,
      String requestedBy, Instant requestedAt) {
    super(unionId, businessKey, processInstanceId);
    this.purpose = request.purpose();
    this.category = request.category();
    this.budgetLine = line;
    this.amount = request.amount();
    this.payee = request.payee();
    this.plannedDate = request.plannedDate();
    this.attachments = request.attachments();
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.status = ExpenseStatus.REQUESTED;
  }

  void routed(String route, String reason) {
    this.route = route;
    this.routeReason = reason;
    this.status = ExpenseProcess.ROUTE_CHAIR.equals(route) ? ExpenseStatus.AWAITING_CHAIR
        : ExpenseStatus.AWAITING_COMMITTEE;
  }

  void counted(int votesFor, int votesAgainst, boolean passed) {
    this.votesFor = votesFor;
    this.votesAgainst = votesAgainst;
    this.status = passed ? ExpenseStatus.AWAITING_CHAIR : ExpenseStatus.COMMITTEE_REJECTED;
  }

  void approvedByChair(boolean approved, String comment, String chair) {
    this.chairApproval = approved ? ExpenseProcess.APPROVED : ExpenseProcess.REFUSED;
    this.chairComment = comment;
    this.approvedBy = chair;
    this.status = approved ? ExpenseStatus.AWAITING_PAYMENT : ExpenseStatus.REFUSED;
  }

  void beyondBudget() {
    this.status = ExpenseStatus.AWAITING_OVER_BUDGET_DECISION;
  }

  void overBudgetDecided(boolean approved, String reason, String decidedBy) {
    this.overBudget = approved;
    this.overBudgetDecision = approved ? ExpenseProcess.APPROVED : ExpenseProcess.REFUSED;
    this.overBudgetReason = reason;
    this.overBudgetDecidedBy = decidedBy;
    this.status = approved ? ExpenseStatus.AWAITING_PAYMENT : ExpenseStatus.OVER_BUDGET_REFUSED;
  }

  void paid(LocalDate paidOn, String paymentMethod, LedgerEntry entry) {
    this.paidOn = paidOn;
    this.paymentMethod = paymentMethod;
    this.ledgerEntryId = entry.getId();
    this.voucherNo = entry.getVoucherNo();
    this.status = ExpenseStatus.PAID;
  }

  void withdrawn() {
    this.status = ExpenseStatus.WITHDRAWN;
  }
}
