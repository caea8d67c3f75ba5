package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** Completing "Supervise overdue visit" notes the chair's supervision in the visit ledger. */
@Component
class SaveSupervisionListener implements TaskListener {

  private final VisitService visits;

  SaveSupervisionListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    visits.supervise(in.id(VISIT_ID), task.getAssignee(), in.text(SUPERVISION_NOTE));
  }
}
