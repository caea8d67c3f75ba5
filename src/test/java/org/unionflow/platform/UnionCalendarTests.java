package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.junit.jupiter.api.Test;

/**
 * The union's day, not the server's: the server's clock says UTC, the union is in Beijing. At 17:30 UTC on
 * 1 December it is already 2 December in the union, and a deadline of 2 December ends at midnight Beijing time.
 */
class UnionCalendarTests {

  static final Instant EVENING_IN_UTC = Instant.parse("2026-12-01T17:30:00Z");
  static final ZoneId UNION_ZONE = ZoneId.of("Asia/Shanghai");

  private final UnionCalendar union = new UnionCalendar(Clock.fixed(EVENING_IN_UTC, UNION_ZONE));

  @Test
  void todayIsTheUnionsDayAfterMidnightInBeijing() {
    assertThat(union.today()).isEqualTo(LocalDate.of(2026, 12, 2));
    // the same moment on a server's UTC calendar is still the day before
    assertThat(new UnionCalendar(Clock.fixed(EVENING_IN_UTC, ZoneOffset.UTC)).today())
        .isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aDeadlineEndsAtMidnightInTheUnionWhateverTheServersZone() {
    String deadline = union.endOf(LocalDate.of(2026, 12, 2));

    assertThat(deadline).isEqualTo("2026-12-02T23:59:59+08:00");
    // what the engine makes of it for a timer or a task's due date
    assertThat(DateTimeUtil.parseDate(deadline).toInstant()).isEqualTo(Instant.parse("2026-12-02T15:59:59Z"));
  }

  @Test
  void remindersAndReviewDatesAreMomentsOfTheUnionsDay() {
    assertThat(DateTimeUtil.parseDate(union.at(LocalDate.of(2026, 12, 7), LocalTime.of(8, 0))).toInstant())
        .isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    assertThat(DateTimeUtil.parseDate(union.startOf(LocalDate.of(2027, 12, 2))).toInstant())
        .isEqualTo(Instant.parse("2027-12-01T16:00:00Z"));
  }

  @Test
  void theClockIsInTheConfiguredZone() {
    assertThat(new ClockConfig().clock(UNION_ZONE).getZone()).isEqualTo(UNION_ZONE);
  }
}
