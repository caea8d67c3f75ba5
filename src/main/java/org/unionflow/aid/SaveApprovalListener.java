package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/**
 * Records the chair's or the higher-level union's approval of the amount. The comment is kept in the case,
 * not in the process, so the next approver's form starts empty and must give its own reason to refuse.
 */
@Component
class SaveApprovalListener implements TaskListener {

  private final AidService aid;

  SaveApprovalListener(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    aid.approve(in.id(CASE_ID), APPROVE_AT_HIGHER_LEVEL.equals(task.getTaskDefinitionKey()),
        APPROVED.equals(in.text(APPROVAL)), in.text(APPROVAL_COMMENT), Actor.of(task));
    task.removeVariable(APPROVAL_COMMENT);
  }
}
