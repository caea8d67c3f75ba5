package org.unionflow.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The union's days as the engine's timers and due dates read them: a moment of a union day, written with the
 * union's offset (2026-12-02T23:59:59+08:00), since a bare local time is read in the server's zone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnionCalendar {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final Clock clock;

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public String at(LocalDate day, LocalTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atTime(time).atZone(clock.getZone()));
  }

  /** The last second of the day: a deadline on that day is met until then. */
  public String endOf(LocalDate day) {
    return at(day, END_OF_DAY);
  }

  public String startOf(LocalDate day) {
    return at(day, LocalTime.MIDNIGHT);
  }
}
