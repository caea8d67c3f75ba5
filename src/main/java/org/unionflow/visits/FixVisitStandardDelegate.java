package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.forms.Submitted;

/** Writes the decided standard into the ledger and sets the deadline the visit tasks and the timer run on. */
@Component
class FixVisitStandardDelegate implements JavaDelegate {

  private final VisitService visits;
  private final UnionCalendar calendar;

  FixVisitStandardDelegate(VisitService visits, UnionCalendar calendar) {
    this.visits = visits;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    VisitStandard standard = new VisitStandard(in.integer(DEADLINE_DAYS),
        BigDecimal.valueOf(in.integer(STANDARD_AMOUNT)).setScale(2), in.text(GIFT), in.text(MUST_ATTEND),
        in.text(LEAD_GROUP));
    Visit visit = visits.applyStandard(in.id(VISIT_ID), standard);
    // the visit is due by the end of the union's deadline day
    execution.setVariable(VISIT_DEADLINE, calendar.endOf(visit.getDeadline()));
  }
}
