package org.unionflow.audit;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.unionflow.platform.cases.CaseDisplay;

/** An audit reads as its number and the period it audits: AUD-2026-0001 · 2026-09-01 – 2027-01-31. */
@Component
class AuditDisplay extends CaseDisplay<FundAudit> {

  AuditDisplay(FundAuditRepository audits) {
    super(AuditProcess.KEY, AuditProcess.AUDIT_ID, audits::findById);
  }

  @Override
  protected Map<String, String> describe(DelegateExecution execution, FundAudit audit) {
    return Map.of(CASE_TITLE,
        title(execution.getProcessBusinessKey(), audit.getPeriodStart() + " – " + audit.getPeriodEnd()));
  }
}
