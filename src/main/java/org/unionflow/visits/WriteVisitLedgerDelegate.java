package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.VISIT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** Closes the visit's ledger line once the visit is made and any money booked. */
@Component
class WriteVisitLedgerDelegate implements JavaDelegate {

  private final VisitService visits;

  WriteVisitLedgerDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    visits.closeLedgerLine(new Submitted(execution).id(VISIT_ID));
  }
}
