package org.unionflow.audit;

import org.springframework.stereotype.Component;

/**
 * The semester audits' timer cycle, read by the timer start event of {@code fundAudit} when it deploys (the
 * engine allows one timer start event per process, so one cycle names both dates).
 */
@Component("fundAuditSchedule")
public class FundAuditSchedule {

  private final AuditSettings settings;

  FundAuditSchedule(AuditSettings settings) {
    this.settings = settings;
  }

  public String getCycle() {
    return settings.cycle();
  }
}
