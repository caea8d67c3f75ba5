package org.unionflow.fund;

import org.springframework.stereotype.Component;

/** The semester audits' timer cycles, read by the timer start events of {@code fundAudit} when it deploys. */
@Component("fundAuditSchedule")
public class FundAuditSchedule {

  private final FundSettings settings;

  FundAuditSchedule(FundSettings settings) {
    this.settings = settings;
  }

  public String getFirstHalfCycle() {
    return settings.firstHalfCron();
  }

  public String getSecondHalfCycle() {
    return settings.secondHalfCron();
  }
}
