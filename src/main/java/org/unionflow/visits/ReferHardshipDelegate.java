package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** Records the hardship the visit found, for the hardship-aid process to open a case from. */
@Component
class ReferHardshipDelegate implements JavaDelegate {

  private final VisitService visits;

  ReferHardshipDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    String note = in.text(HARDSHIP_NOTE) == null ? in.text(SITUATION) : in.text(HARDSHIP_NOTE);
    visits.referHardship(in.id(VISIT_ID), note, in.text(VISITORS));
  }
}
