/**
 * The union fund (经费): budget lines per year and category, and the ledger (经费收支账) that condolence money,
 * aid and approved expenses are booked into, once each, never beyond the line.
 */
package org.unionflow.fund;
