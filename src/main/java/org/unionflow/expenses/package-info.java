/**
 * The {@code expenseApproval} process (经费审批): an officer's expense request, routed by expense-routing.dmn to
 * the chair or the committee's vote, an over-budget decision when the line would be exceeded, and the booking
 * into the ledger.
 */
package org.unionflow.expenses;
