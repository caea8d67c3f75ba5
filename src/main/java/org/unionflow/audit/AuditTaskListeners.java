package org.unionflow.audit;

import static org.unionflow.audit.AuditProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/**
 * What the tasks of {@code fundAudit} start with and what completing them writes into the audit. A form's
 * starting rows are local to the task's execution: a completion writes there, so parallel auditors never
 * overwrite each other's work.
 */
@Configuration
@RequiredArgsConstructor
class AuditTaskListeners {

  private final AuditService audits;

  /** Confirms the package and draws the sample, so the auditors' tasks find it ready. */
  @Bean
  TaskListener auditSavePackageListener() {
    return task -> {
      Submitted in = new Submitted(task);
      audits.confirmPackage(auditId(task), Actor.of(task), in.text(TREASURER_REMARKS));
      task.setVariable(VOUCHER_CHOICES, AuditForms.voucherChoices(audits.samples(auditId(task))));
      task.removeVariable(TREASURER_REMARKS);
    };
  }

  @Bean
  TaskListener auditPrepareReviewListener() {
    return task -> task.getExecution().setVariableLocal(FINDINGS, AuditForms.reviewRows(audits.samples(auditId(task))));
  }

  /** The findings count for the auditor logged in, who must be the one the review was handed to. */
  @Bean
  TaskListener auditSaveReviewListener() {
    return task -> audits.review(auditId(task), Actor.assignedTo(task, FINDINGS), new Submitted(task).rows(FINDINGS)
        .stream().map(row -> new AuditService.VoucherResult(row.text(VOUCHER_NO), ISSUE.equals(row.text(RESULT)),
            row.text(NOTE))).toList());
  }

  @Bean
  TaskListener auditPrepareRectificationListener() {
    return task -> {
      List<AuditFinding> open = audits.openFindings(auditId(task));
      task.getExecution().setVariableLocal(FINDING_CHOICES, AuditForms.findingChoices(open));
      task.getExecution().setVariableLocal(RESPONSES, AuditForms.findingRows(open));
    };
  }

  @Bean
  TaskListener auditSaveRectificationListener() {
    return task -> {
      Map<Long, String> responses = new HashMap<>();
      new Submitted(task).rows(RESPONSES).forEach(row -> responses.put(Long.valueOf(row.text(FINDING)),
          row.text(RESPONSE)));
      audits.rectify(auditId(task), responses, Actor.of(task));
    };
  }

  @Bean
  TaskListener auditPrepareRecheckListener() {
    return task -> {
      List<AuditFinding> open = audits.openFindings(auditId(task));
      task.getExecution().setVariableLocal(RESPONDED_FINDING_CHOICES, AuditForms.respondedFindingChoices(open));
      task.getExecution().setVariableLocal(RECHECKS, AuditForms.findingRows(open));
    };
  }

  @Bean
  TaskListener auditSaveRecheckListener() {
    return task -> task.getExecution().setVariable(OPEN_FINDINGS, audits.recheck(auditId(task),
        new Submitted(task).rows(RECHECKS).stream().map(row -> new AuditService.Recheck(
            Long.parseLong(row.text(FINDING)), RESOLVED.equals(row.text(RESULT)), row.text(NOTE))).toList(),
        Actor.of(task)));
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

  private static long auditId(DelegateTask task) {
    return new Submitted(task).id(AUDIT_ID);
  }
}
