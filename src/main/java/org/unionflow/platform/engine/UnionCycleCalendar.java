package org.unionflow.platform.engine;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

/**
 * Timer cycles read in the union's zone: the engine's own calendar reads a cron (e.g. the semester audits' "08:00
 * on 25 January") in the JVM's zone, so a server in UTC would start them at 16:00 Beijing time. ISO repeats
 * ({@code R/...}) carry their own offset and stay the engine's. The engine's cron dialect is Spring's.
 */
@RequiredArgsConstructor
class UnionCycleCalendar extends CycleBusinessCalendar {

  private final ZoneId zone;

  @Override
  public Date resolveDuedate(String cycle, Date startDate, long repeatOffset) {
    if (cycle.startsWith("R")) {
      return super.resolveDuedate(cycle, startDate, repeatOffset);
    }
    Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
    CronExpression cron;
    try {
      cron = CronExpression.parse(cycle);
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException("Timer cycle '" + cycle + "' is not a cron expression: " + e.getMessage(), e);
    }
    ZonedDateTime next = cron.next(ZonedDateTime.ofInstant(from.toInstant(), zone));
    // like the engine: a cron with no further date leaves the timer where it is
    return next == null ? from : Date.from(next.toInstant());
  }
}
