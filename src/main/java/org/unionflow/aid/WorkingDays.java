package org.unionflow.aid;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts working days, skipping weekends (a holiday calendar is not kept yet). */
final class WorkingDays {

  private WorkingDays() {
  }

  /** The last day of a period of {@code days} working days that starts on the first working day after {@code day}. */
  static LocalDate lastOf(LocalDate day, int days) {
    LocalDate current = day;
    int counted = 0;
    while (counted < days) {
      current = current.plusDays(1);
      if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return current;
  }
}
