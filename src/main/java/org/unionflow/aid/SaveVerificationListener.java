package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/**
 * Records a home verification (入户核实) and who made the first, whom the second task then refuses; the second is
 * refused here too if the first officer makes it again.
 */
@Component
class SaveVerificationListener implements TaskListener {

  private final AidService aid;

  SaveVerificationListener(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    boolean second = VERIFY_AT_HOME_AGAIN.equals(task.getTaskDefinitionKey());
    String officer = Actor.of(task);
    aid.verify(in.id(CASE_ID), second, officer, in.text(FINDINGS), in.text(RECOMMENDATION));
    if (!second) {
      task.getExecution().getProcessInstance().setVariable(FIRST_VERIFIER, officer);
    }
  }
}
