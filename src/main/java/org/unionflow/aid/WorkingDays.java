package org.unionflow.aid;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counts working days: weekends and the configured public holidays do not count. */
final class WorkingDays {

  private WorkingDays() {
  }

  /** The last day of a period of {@code days} working days that starts on the first working day after {@code day}. */
  static LocalDate lastOf(LocalDate day, int days, Set<LocalDate> holidays) {
    LocalDate current = day;
    int counted = 0;
    while (counted < days) {
      current = current.plusDays(1);
      if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY
          && !holidays.contains(current)) {
        counted++;
      }
    }
    return current;
  }
}
