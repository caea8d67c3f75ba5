package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/**
 * Records the committee's collective decision (集体研究) and whether the higher-level union must approve too.
 * The reason is kept in the case, not in the process, so a later review (after more information or an
 * objection) must give its own; what the committee asked for goes to the officer's form.
 */
@Component
class SaveReviewListener implements TaskListener {

  private final AidService aid;

  SaveReviewListener(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    boolean higherLevelNeeded = aid.decide(in.id(CASE_ID), AidDecision.valueOf(in.text(DECISION_VALUE)),
        in.money(APPROVED_AMOUNT), in.text(DECISION_REASON), in.flag(OVER_BUDGET), Actor.of(task));
    task.setVariable(HIGHER_LEVEL_NEEDED, higherLevelNeeded);
    if (AidDecision.RETURN.name().equals(in.text(DECISION_VALUE))) {
      task.setVariable(INFORMATION_REQUESTED, in.text(DECISION_REASON));
    }
    task.removeVariable(DECISION_REASON);
  }
}
