/**
 * The union fund (经费): budget lines per year and category, and the ledger (经费收支账) that condolence money,
 * aid and approved expenses are booked into, once each, beyond the line only by an explicit decision. Also
 * the two fund processes: {@code expenseApproval} (经费审批) and the semester {@code fundAudit} (经费审查).
 */
package org.unionflow.fund;
