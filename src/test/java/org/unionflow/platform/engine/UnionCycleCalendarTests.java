package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The semester audits' cron, read with the JVM in UTC and the union in Beijing. */
class UnionCycleCalendarTests {

  private static final String SEMESTER_AUDITS = "0 0 8 25 1,6 ?";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private TimeZone jvmZone;
  private final UnionCycleCalendar calendar = new UnionCycleCalendar(SHANGHAI);

  @BeforeEach
  void serverInUtc() {
    jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
  }

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(jvmZone);
  }

  @Test
  void theCronIsDueAtEightInTheMorningBeijingTimeNotTheServersEight() {
    Date newYear = Date.from(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(calendar.resolveDuedate(SEMESTER_AUDITS, newYear).toInstant())
        .isEqualTo(Instant.parse("2027-01-25T00:00:00Z"));
    // the engine's own calendar reads the same cron in the JVM's zone: 16:00 in Beijing
    assertThat(new CycleBusinessCalendar().resolveDuedate(SEMESTER_AUDITS, newYear).toInstant())
        .isEqualTo(Instant.parse("2027-01-25T08:00:00Z"));
  }

  @Test
  void acrossTheUnionsMidnightTheNextDateIsTheUnionsDay() {
    // 24 June 18:00 UTC is already 25 June 02:00 in Beijing: this year's 08:00 is still ahead
    Date evening = Date.from(Instant.parse("2027-06-24T18:00:00Z"));
    assertThat(calendar.resolveDuedate(SEMESTER_AUDITS, evening).toInstant())
        .isEqualTo(Instant.parse("2027-06-25T00:00:00Z"));
    // once 08:00 Beijing has passed, the next is January's
    Date morning = Date.from(Instant.parse("2027-06-25T00:00:01Z"));
    assertThat(calendar.resolveDuedate(SEMESTER_AUDITS, morning).toInstant())
        .isEqualTo(Instant.parse("2028-01-25T00:00:00Z"));
  }

  @Test
  void anIsoRepeatStaysTheEnginesAndABadCronIsRefused() {
    Date start = Date.from(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(calendar.resolveDuedate("R/2027-01-01T10:00:00+08:00/P1D", start).toInstant())
        .isEqualTo(Instant.parse("2027-01-01T02:00:00Z"));
    assertThat(catchThrowable(() -> calendar.resolveDuedate("every semester", start)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("every semester");
  }
}
