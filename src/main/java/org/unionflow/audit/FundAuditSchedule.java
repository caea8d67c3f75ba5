package org.unionflow.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The semester audits' timer cycle, read by the timer start event of {@code fundAudit} when it deploys (the
 * engine allows one timer start event per process, so one cycle names both dates).
 */
@Component("fundAuditSchedule")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FundAuditSchedule {

  private final AuditSettings settings;

  public String getCycle() {
    return settings.cycle();
  }
}
