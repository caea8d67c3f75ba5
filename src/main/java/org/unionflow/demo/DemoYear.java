package org.unionflow.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The year the demo history is spread over: from the later of January 1st and a year ago up to today (the
 * union's day). Payments are booked on this year's budget lines, so the history stays within the year.
 */
record DemoYear(LocalDate first, LocalDate today) {

  static DemoYear endingOn(LocalDate today) {
    LocalDate yearAgo = today.minusDays(364);
    LocalDate january = today.withDayOfYear(1);
    return new DemoYear(yearAgo.isAfter(january) ? yearAgo : january, today);
  }

  /** The day that far through the year (0 is the first day, 1 today). */
  LocalDate at(double fraction) {
    return first.plusDays(Math.round(ChronoUnit.DAYS.between(first, today) * fraction));
  }

  /** A few days after a day, but never after today. */
  LocalDate after(LocalDate day, int days) {
    LocalDate later = day.plusDays(days);
    return later.isAfter(today) ? today : later;
  }
}
