package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** Creates or updates the member's hardship file and schedules its yearly review and the follow-up visit. */
@Component
class UpdateHardshipFileDelegate implements JavaDelegate {

  private final AidService aid;
  private final UnionCalendar calendar;

  UpdateHardshipFileDelegate(AidService aid, UnionCalendar calendar) {
    this.aid = aid;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    execution.setVariable(REVIEW_ON, calendar.startOf(aid.updateFile(in.id(CASE_ID), Actor.of(execution))));
    execution.setVariable(FOLLOW_UP_ON, calendar.startOf(aid.followUpDate()));
  }
}
