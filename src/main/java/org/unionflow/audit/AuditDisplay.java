package org.unionflow.audit;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** An audit reads as its number and the period it audits: AUD-2026-0001 · 2026-09-01 – 2027-01-31. */
@Component
class AuditDisplay implements CaseDisplay {

  private final FundAuditRepository audits;

  AuditDisplay(FundAuditRepository audits) {
    this.audits = audits;
  }

  @Override
  public String processKey() {
    return AuditProcess.KEY;
  }

  @Override
  public Optional<Map<String, String>> variables(String unionId, String businessKey) {
    return audits.findByUnionIdAndBusinessKey(unionId, businessKey).map(audit -> Map.of(
        CASE_TITLE, CaseDisplay.title(businessKey, audit.getPeriodStart() + " – " + audit.getPeriodEnd())));
  }
}
