package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** The follow-up visit after the payment is noted in the member's hardship file. */
@Component
class SaveFollowUpListener implements TaskListener {

  private final AidService aid;

  SaveFollowUpListener(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    aid.followUp(in.id(CASE_ID), in.text(FOLLOW_UP_NOTE), Actor.of(task));
  }
}
