/**
 * The union fund's ledger (经费收支账): budget lines per year and category, and the entries that condolence money,
 * aid and approved expenses are booked into, once each, beyond the line only by an explicit decision; its
 * registers and budget execution as REST and CSV. The processes that spend or check the fund live in
 * {@code expenses} and {@code audit}.
 */
package org.unionflow.fund;
