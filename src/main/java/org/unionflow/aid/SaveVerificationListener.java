package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** Records a home verification (入户核实); the second one is refused if the first officer makes it again. */
@Component
class SaveVerificationListener implements TaskListener {

  private final AidService aid;

  SaveVerificationListener(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    aid.verify(in.id(CASE_ID), VERIFY_AT_HOME_AGAIN.equals(task.getTaskDefinitionKey()), Actor.of(task),
        in.text(FINDINGS), in.text(RECOMMENDATION));
  }
}
