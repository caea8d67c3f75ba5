package org.unionflow.expenses;

/** Ids of the {@code expenseApproval} process, its decision, forms, messages and variables. */
public final class ExpenseProcess {

  public static final String KEY = "expenseApproval";
  public static final String BUSINESS_KEY_PREFIX = "EXP";
  public static final String DECISION = "expenseRouting";
  public static final String WITHDRAWAL_MESSAGE = "expenseWithdrawal";

  // element ids
  public static final String REQUEST_EXPENSE = "requestExpense";
  public static final String OPEN_EXPENSE = "openExpense";
  public static final String ROUTE_EXPENSE = "routeExpense";
  public static final String RECORD_ROUTE = "recordRoute";
  public static final String VOTE_ON_EXPENSE = "voteOnExpense";
  public static final String COUNT_VOTES = "countVotes";
  public static final String EXPENSE_REJECTED_BY_COMMITTEE = "expenseRejectedByCommittee";
  public static final String APPROVE_EXPENSE = "approveExpense";
  public static final String EXPENSE_REFUSED = "expenseRefused";
  public static final String CHECK_BUDGET = "checkBudget";
  public static final String DECIDE_OVER_BUDGET = "decideOverBudget";
  public static final String OVER_BUDGET_REFUSED = "overBudgetRefused";
  public static final String PAY_EXPENSE = "payExpense";
  public static final String BOOK_EXPENSE = "bookExpense";
  public static final String EXPENSE_PAID = "expensePaid";
  public static final String WITHDRAWAL_RECEIVED = "withdrawalReceived";
  public static final String RECORD_WITHDRAWAL = "recordWithdrawal";
  public static final String EXPENSE_WITHDRAWN = "expenseWithdrawn";

  // form ids (forms/*.form)
  public static final String FORM_REQUEST_EXPENSE = "requestExpense";
  public static final String FORM_VOTE_ON_EXPENSE = "voteOnExpense";
  public static final String FORM_APPROVE_EXPENSE = "approveExpense";
  public static final String FORM_DECIDE_OVER_BUDGET = "decideOverBudget";
  public static final String FORM_PAY_EXPENSE = "payExpense";

  // variables: the request (start form)
  public static final String PURPOSE = "purpose";
  public static final String CATEGORY = "category";
  public static final String BUDGET_LINE_ID = "budgetLineId";
  /** The request form's options for {@value #BUDGET_LINE_ID}, the union's lines this year. */
  public static final String BUDGET_LINE_CHOICES = "budgetLineChoices";
  public static final String AMOUNT = "amount";
  public static final String PAYEE = "payee";
  public static final String PLANNED_DATE = "plannedDate";
  public static final String ATTACHMENTS = "attachments";
  public static final String INITIATOR = "initiator";
  // variables: set by the process
  public static final String EXPENSE_ID = "expenseId";
  public static final String AMOUNT_VALUE = "amountValue";
  public static final String ROUTE = "route";
  public static final String ROUTE_REASON = "routeReason";
  public static final String VOTERS = "committeeVoters";
  public static final String VOTER = "voter";
  public static final String VOTES_FOR = "votesFor";
  public static final String VOTES_AGAINST = "votesAgainst";
  public static final String COMMITTEE_PASSED = "committeePassed";
  public static final String REMAINING = "remaining";
  public static final String WITHIN_BUDGET = "withinBudget";
  public static final String VOUCHER_NO = "voucherNo";
  // variables: task forms
  public static final String VOTE = "vote";
  public static final String VOTE_COMMENT = "voteComment";
  public static final String APPROVAL = "approval";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String OVER_BUDGET_DECISION = "overBudgetDecision";
  public static final String OVER_BUDGET_REASON = "overBudgetReason";
  public static final String PAID_ON = "paidOn";
  public static final String PAYMENT_METHOD = "paymentMethod";

  // decision values
  public static final String ROUTE_CHAIR = "CHAIR";
  public static final String ROUTE_COMMITTEE = "COMMITTEE";
  public static final String APPROVED = "APPROVED";
  public static final String REFUSED = "REFUSED";
  public static final String FOR = "FOR";
  public static final String AGAINST = "AGAINST";

  private ExpenseProcess() {
  }
}
