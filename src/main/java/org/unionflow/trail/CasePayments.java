package org.unionflow.trail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bookings a case made in the ledger, as the trail shows them ("payment booked" steps). Declared here and
 * implemented by the ledger, so the trail knows no process or fund.
 */
public interface CasePayments {

  /** The case's bookings, in the order they were booked. */
  List<Booking> bookedBy(String processInstanceId);

  /** One booking; direction and category are their codes. */
  record Booking(String voucherNo, BigDecimal amount, String direction, String category, String budgetLine,
      LocalDate entryDate, String description, Instant bookedAt, String bookedBy) {
  }
}
