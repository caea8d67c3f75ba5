package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** Completing "Plan visit" writes the plan into the visit ledger. */
@Component
class SaveVisitPlanListener implements TaskListener {

  private final VisitService visits;

  SaveVisitPlanListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    visits.plan(in.id(VISIT_ID), in.date(PLANNED_DATE), in.text(PLANNED_VISITORS));
  }
}
