package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import java.util.ArrayList;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** The service tasks of {@code fundAudit}: thin beans handing typed variables to {@link AuditOpening} and {@link AuditService}. */
@Configuration
@RequiredArgsConstructor
class AuditDelegates {

  private final AuditOpening opening;
  private final AuditService audits;

  /** The semester timer: one audit per union that keeps a budget. */
  @Bean
  JavaDelegate auditStartSemesterDelegate() {
    return execution -> execution.setVariable(STARTED_AUDITS, new ArrayList<>(opening.startSemesterAudits()));
  }

  @Bean
  JavaDelegate auditOpenDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      String startedBy = in.text(INITIATOR) == null ? Actor.of(execution) : in.text(INITIATOR);
      FundAudit audit = opening.open(execution.getTenantId(), execution.getProcessInstanceId(), in.date(PERIOD_START),
          in.date(PERIOD_END), startedBy);
      execution.setProcessBusinessKey(audit.getBusinessKey());
      execution.setVariable(AUDIT_ID, audit.getId());
      execution.setVariable(AUDITORS, new ArrayList<>(opening.auditors(execution.getTenantId())));
      execution.setVariable(PACKAGE_SUMMARY, audits.packageSummary(audit.getId()));
    };
  }

  @Bean
  JavaDelegate auditCollectFindingsDelegate() {
    return execution -> execution.setVariable(OPEN_FINDINGS, audits.collect(auditId(execution)));
  }

  /** Hands the tally to the auditReportMajority table, which decides whether the report passes. */
  @Bean
  JavaDelegate auditCountReportVotesDelegate() {
    return execution -> {
      FundAudit audit = audits.countReportVotes(auditId(execution));
      execution.setVariable(VOTES_FOR, audit.getVotesFor());
      execution.setVariable(VOTES_AGAINST, audit.getVotesAgainst());
    };
  }

  @Bean
  JavaDelegate auditPublishReportDelegate() {
    return execution -> audits.publish(auditId(execution));
  }

  private static long auditId(DelegateExecution execution) {
    return new Submitted(execution).id(AUDIT_ID);
  }
}
