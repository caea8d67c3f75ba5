package org.unionflow.expenses;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.BudgetLine;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.fund.Payment;
import org.unionflow.platform.Groups;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.keys.KeyCounters;
import org.unionflow.platform.engine.ThisCase;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.platform.web.NotFoundException;

/** Expense requests (经费支出) from the request through the committee's votes and the chair to the ledger. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FundExpenseService {

  private final ExpenseRepository expenses;
  private final ExpenseVoteRepository votes;
  private final FundLedgerService ledger;
  private final KeyCounters counters;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final Clock clock;

  @Transactional
  public Expense open(String unionId, String processInstanceId, ExpenseRequest request, String requestedBy) {
    BudgetLine line = ledger.line(unionId, request.budgetLineId())
        .orElseThrow(() -> FieldErrors.single(ExpenseProcess.BUDGET_LINE_ID, "no such budget line in this union"));
    String key = counters.nextBusinessKey(ExpenseProcess.BUSINESS_KEY_PREFIX, LocalDate.now(clock).getYear());
    return expenses.save(new Expense(unionId, key, processInstanceId, request, line, requestedBy, Instant.now(clock)));
  }

  /** Who votes on a large expense: every committee member of the union, in a stable order. */
  public List<String> committee(String unionId) {
    return identity.createUserQuery().memberOfGroup(Groups.COMMITTEE).memberOfTenant(unionId).orderByUserId().asc()
        .list().stream().map(User::getId).toList();
  }

  @Transactional
  public void route(long expenseId, String route, String reason) {
    get(expenseId).routed(route, reason);
  }

  /** Records one member's vote; a second vote by the same member is refused, so counts stay true. */
  @Transactional
  public void vote(long expenseId, String voter, boolean inFavour, String comment) {
    Expense expense = get(expenseId);
    if (votes.existsByExpenseIdAndVoter(expenseId, voter)) {
      throw FieldErrors.single(ExpenseProcess.VOTE, voter + " has already voted on " + expense.getBusinessKey());
    }
    votes.saveAndFlush(new ExpenseVote(expense, voter, inFavour ? ExpenseProcess.FOR : ExpenseProcess.AGAINST, comment,
        Instant.now(clock)));
  }

  /**
   * Counts the recorded votes, not the process's: the expense passes with more votes for than half of those
   * cast, and then waits for the chair.
   */
  @Transactional
  public Expense count(long expenseId) {
    int inFavour = (int) votes.countByExpenseIdAndVote(expenseId, ExpenseProcess.FOR);
    int against = (int) votes.countByExpenseIdAndVote(expenseId, ExpenseProcess.AGAINST);
    Expense expense = get(expenseId);
    expense.counted(inFavour, against, inFavour * 2 > inFavour + against);
    return expense;
  }

  @Transactional
  public void approve(long expenseId, boolean approved, String comment, String chair) {
    get(expenseId).approvedByChair(approved, comment, chair);
  }

  /** What the expense's budget line has left; an expense beyond it waits for the committee's decision. */
  @Transactional
  public BigDecimal checkBudget(long expenseId) {
    Expense expense = get(expenseId);
    BudgetLine line = expense.getBudgetLine();
    BigDecimal left = ledger.remaining(expense.getUnionId(), line.getYear(), line.getCategory());
    if (expense.getAmount().compareTo(left) > 0) {
      expense.beyondBudget();
    }
    return left;
  }

  @Transactional
  public void decideOverBudget(long expenseId, boolean approved, String reason, String decidedBy) {
    get(expenseId).overBudgetDecided(approved, reason, decidedBy);
  }

  /** Books the payment once; beyond the line only with the committee's recorded over-budget decision. */
  @Transactional
  public LedgerEntry pay(long expenseId, LocalDate paidOn, String paymentMethod, String treasurer) {
    Expense expense = get(expenseId);
    Payment payment = new Payment(expense.getUnionId(), expense.getCategory(), paidOn, expense.getAmount(),
        expense.getPurpose() + " / " + expense.getPayee(), expense.getBusinessKey(), expense.getProcessInstanceId(),
        treasurer);
    LedgerEntry entry = expense.isOverBudget() ? ledger.bookOverBudget(payment) : ledger.book(payment);
    expense.paid(paidOn, paymentMethod, entry);
    return entry;
  }

  @Transactional
  public void recordWithdrawal(long expenseId) {
    get(expenseId).withdrawn();
  }

  /** The requester or the chair withdraws an expense not yet paid; it ends without booking anything. */
  @Transactional
  public Expense withdraw(String unionId, String businessKey, String userId, boolean chair) {
    Expense expense = find(unionId, businessKey);
    if (!chair && !expense.getRequestedBy().equals(userId)) {
      throw new AccessDeniedException(
          "Only the requester or the chair withdraws " + businessKey);
    }
    boolean running = runtime.createProcessInstanceQuery().processInstanceId(expense.getProcessInstanceId())
        .count() > 0;
    if (!running || expense.getStatus() == ExpenseStatus.PAID) {
      throw FieldErrors.single("businessKey", businessKey + " is " + expense.getStatus() + " and can no longer be "
          + "withdrawn");
    }
    runtime.createMessageCorrelation(ExpenseProcess.WITHDRAWAL_MESSAGE)
        .processInstanceId(expense.getProcessInstanceId()).correlateWithResult();
    return expense;
  }

  public Expense find(String unionId, String businessKey) {
    return expenses.findByUnionIdAndBusinessKey(unionId, businessKey)
        .orElseThrow(() -> new NotFoundException("Expense", businessKey));
  }

  public Page<Expense> search(String unionId, ExpenseStatus status, BudgetCategory category, LocalDate from,
      LocalDate to, CasesAtStep at, Pageable pageable) {
    return at.none() ? Page.empty(pageable) : expenses.search(unionId, status, category, from, to, at, pageable);
  }

  public List<ExpenseVote> votes(Expense expense) {
    return votes.findByExpenseIdOrderByVotedAt(expense.getId());
  }

  private Expense get(long expenseId) {
    return ThisCase.verify(expenses.findById(expenseId).orElseThrow(() -> new NotFoundException("Expense", expenseId)));
  }
}
