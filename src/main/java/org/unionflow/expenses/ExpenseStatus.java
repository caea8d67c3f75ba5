package org.unionflow.expenses;

/** Where an expense request stands; only PAID has a ledger entry. */
public enum ExpenseStatus {
  REQUESTED,
  AWAITING_COMMITTEE,
  COMMITTEE_REJECTED,
  AWAITING_CHAIR,
  REFUSED,
  AWAITING_OVER_BUDGET_DECISION,
  OVER_BUDGET_REFUSED,
  AWAITING_PAYMENT,
  PAID,
  WITHDRAWN
}
