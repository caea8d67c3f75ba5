package org.unionflow.visits;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.unionflow.platform.Money;
import org.unionflow.platform.cases.CaseDisplay;

/** A visit reads as its number, the member and the event: VIS-2026-0001 · 王芳 · Hospitalisation / 生病住院. */
@Component
class VisitDisplay extends CaseDisplay<Visit> {

  static final String EVENT_TYPE_LABEL = "eventTypeLabel";
  static final String DEADLINE_LABEL = "visitDeadlineLabel";
  static final String STANDARD_AMOUNT_LABEL = "standardAmountLabel";

  VisitDisplay(VisitRepository visits) {
    super(VisitProcess.KEY, VisitProcess.VISIT_ID, visits::findById);
  }

  @Override
  protected Map<String, String> describe(DelegateExecution execution, Visit visit) {
    Map<String, String> variables = new HashMap<>();
    // the member's name as the case keeps it since it was reported, without reading the member again
    variables.put(CASE_TITLE, title(execution.getProcessBusinessKey(), execution.getVariable(VisitProcess.MEMBER_NAME),
        visit.getEventType().label()));
    variables.put(EVENT_TYPE_LABEL, visit.getEventType().label());
    // the standard is fixed by the visit-standard decision right after the report; a date, not a timestamp
    if (visit.getDeadline() != null) {
      variables.put(DEADLINE_LABEL, visit.getDeadline().toString());
    }
    if (visit.getStandardAmount() != null) {
      variables.put(STANDARD_AMOUNT_LABEL, Money.yuan(visit.getStandardAmount()));
    }
    return variables;
  }
}
