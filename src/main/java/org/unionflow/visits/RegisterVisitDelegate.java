package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** Opens the visit's ledger line and gives the case its business key. */
@Component
class RegisterVisitDelegate implements JavaDelegate {

  private final VisitService visits;

  RegisterVisitDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    String initiator = in.text(INITIATOR);
    String reporter = initiator == null ? in.text(REPORTER) : in.text(REPORTER) + " (" + initiator + ")";
    Visit visit = visits.register(execution.getTenantId(), execution.getProcessInstanceId(),
        in.text(MEMBER_STAFF_NO), EventType.valueOf(in.text(EVENT_TYPE)), in.date(EVENT_DATE), in.text(DETAILS),
        reporter);
    execution.setProcessBusinessKey(visit.getBusinessKey());
    execution.setVariable(VISIT_ID, visit.getId());
    execution.setVariable(MEMBER_NAME, visit.getMember().getName());
    if (in.integer(DAYS_IN_HOSPITAL) == null) {
      execution.setVariable(DAYS_IN_HOSPITAL, 0);
    }
  }
}
