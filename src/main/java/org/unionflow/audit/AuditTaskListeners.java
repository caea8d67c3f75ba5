package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/**
 * What the tasks of {@code fundAudit} start with and what completing them writes into the audit. A form's
 * starting text is local to the task's execution: a completion writes there, so parallel auditors never
 * overwrite each other's work.
 */
@Configuration
class AuditTaskListeners {

  private final AuditService audits;

  AuditTaskListeners(AuditService audits) {
    this.audits = audits;
  }

  /** Confirms the package and draws the sample, so the auditors' tasks find it ready. */
  @Bean
  TaskListener auditSavePackageListener() {
    return task -> {
      Submitted in = new Submitted(task);
      audits.confirmPackage(auditId(task), Actor.of(task), in.text(TREASURER_REMARKS));
      task.setVariable(SAMPLE_SUMMARY, AuditTexts.sampleSummary(audits.samples(auditId(task))));
      task.removeVariable(TREASURER_REMARKS);
    };
  }

  @Bean
  TaskListener auditPrepareReviewListener() {
    return task -> task.getExecution().setVariableLocal(FINDINGS, AuditTexts.findingsTemplate(
        audits.samples(auditId(task)).stream().map(AuditSample::getVoucherNo).toList()));
  }

  /** The findings count for the auditor logged in, who must be the one the review was handed to. */
  @Bean
  TaskListener auditSaveReviewListener() {
    return task -> audits.review(auditId(task), Actor.assignedTo(task, FINDINGS), new Submitted(task).text(FINDINGS));
  }

  @Bean
  TaskListener auditPrepareRectificationListener() {
    return task -> task.getExecution().setVariableLocal(RESPONSES, openFindingsTemplate(task, ""));
  }

  @Bean
  TaskListener auditSaveRectificationListener() {
    return task -> audits.rectify(auditId(task), new Submitted(task).text(RESPONSES), Actor.of(task));
  }

  @Bean
  TaskListener auditPrepareRecheckListener() {
    return task -> task.getExecution().setVariableLocal(RECHECK, openFindingsTemplate(task, "RESOLVED"));
  }

  @Bean
  TaskListener auditSaveRecheckListener() {
    return task -> {
      long open = audits.recheck(auditId(task), new Submitted(task).text(RECHECK), Actor.of(task));
      task.getExecution().setVariable(OPEN_FINDINGS, open);
      task.getExecution().setVariable(OPEN_FINDINGS_TEXT, AuditTexts.openFindingsText(audits.openFindings(auditId(task))));
    };
  }

  @Bean
  TaskListener auditSaveReportDraftListener() {
    return task -> audits.draftReport(auditId(task), new Submitted(task).text(CONCLUSION));
  }

  @Bean
  TaskListener auditSaveReportVoteListener() {
    return task -> {
      Submitted in = new Submitted(task);
      audits.voteOnReport(auditId(task), Actor.assignedTo(task, VOTE), FOR.equals(in.text(VOTE)), in.text(VOTE_COMMENT));
      task.removeVariable(VOTE);
      task.removeVariable(VOTE_COMMENT);
    };
  }

  private String openFindingsTemplate(DelegateTask task, String suffix) {
    return AuditTexts.openFindingsTemplate(audits.openFindings(auditId(task)).stream().map(AuditFinding::getId).toList(),
        suffix);
  }

  private static long auditId(DelegateTask task) {
    return new Submitted(task).id(AUDIT_ID);
  }
}
