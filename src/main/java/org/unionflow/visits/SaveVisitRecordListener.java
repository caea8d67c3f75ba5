package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** Completing "Record visit" writes the visit into the ledger and tells the process whether money is to be paid. */
@Component
class SaveVisitRecordListener implements TaskListener {

  private final VisitService visits;

  SaveVisitRecordListener(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    boolean hardshipFound = in.flag(HARDSHIP_FOUND);
    boolean paymentDue = visits.record(in.id(VISIT_ID), in.date(VISIT_DATE), in.text(VISITORS), in.text(SITUATION),
        in.money(MONEY_HANDED_OVER), hardshipFound);
    task.setVariable(PAYMENT_DUE, paymentDue);
    task.setVariable(HARDSHIP_FOUND, hardshipFound);
  }
}
