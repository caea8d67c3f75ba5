package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.BUSINESS_KEY_PREFIX;
import static org.unionflow.audit.AuditProcess.FIRST_HALF;
import static org.unionflow.audit.AuditProcess.SECOND_HALF;

import java.time.LocalDate;
import java.time.MonthDay;

/** The period an audit covers; {@code half} names it (H1, H2) when it is exactly one half-year, else null. */
public record AuditPeriod(LocalDate from, LocalDate to, String half) {

  private static final MonthDay FIRST_HALF_START = MonthDay.of(1, 1);
  private static final MonthDay SECOND_HALF_START = MonthDay.of(7, 1);

  /** Any period, named when it is exactly a half-year. */
  public static AuditPeriod of(LocalDate from, LocalDate to) {
    for (String half : new String[] {FIRST_HALF, SECOND_HALF}) {
      MonthDay start = FIRST_HALF.equals(half) ? FIRST_HALF_START : SECOND_HALF_START;
      if (from.equals(start.atYear(from.getYear())) && to.equals(from.plusMonths(6).minusDays(1))) {
        return new AuditPeriod(from, to, half);
      }
    }
    return new AuditPeriod(from, to, null);
  }

  /**
   * The half-year a semester audit starting on that day covers: the last one ending before a month from then,
   * so late June audits January–June and January audits July–December of the year before.
   */
  public static AuditPeriod semester(LocalDate day) {
    LocalDate ahead = day.plusMonths(1);
    LocalDate halfStart = ahead.getMonthValue() >= SECOND_HALF_START.getMonthValue()
        ? SECOND_HALF_START.atYear(ahead.getYear()) : FIRST_HALF_START.atYear(ahead.getYear());
    LocalDate from = halfStart.minusMonths(6);
    return new AuditPeriod(from, halfStart.minusDays(1), from.getMonthValue() == 1 ? FIRST_HALF : SECOND_HALF);
  }

  public boolean isHalfYear() {
    return half != null;
  }

  /** A half-year's business key, e.g. AUD-2026-H1; other periods are numbered by the key counters. */
  public String semesterKey() {
    return BUSINESS_KEY_PREFIX + "-" + from.getYear() + "-" + half;
  }
}
