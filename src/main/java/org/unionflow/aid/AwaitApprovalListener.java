package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** The notice ended without objection: the case now waits for the chair. */
@Component
class AwaitApprovalListener implements TaskListener {

  private final AidService aid;

  AwaitApprovalListener(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void notify(DelegateTask task) {
    aid.awaitApproval(new Submitted(task).id(CASE_ID));
  }
}
