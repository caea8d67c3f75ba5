package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** Creates or updates the member's hardship file and schedules its yearly review and the follow-up visit. */
@Component
class UpdateHardshipFileDelegate implements JavaDelegate {

  private final AidService aid;

  UpdateHardshipFileDelegate(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    execution.setVariable(REVIEW_ON, aid.updateFile(in.id(CASE_ID), Actor.of(execution)).atStartOfDay().toString());
    execution.setVariable(FOLLOW_UP_ON, aid.followUpDate().atStartOfDay().toString());
  }
}
