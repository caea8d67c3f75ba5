package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.forms.Submitted;

/** Starts the public notice (公示) and sets the moment it ends: the end of its last working day. */
@Component
class PublishNoticeDelegate implements JavaDelegate {

  private final AidService aid;
  private final UnionCalendar calendar;

  PublishNoticeDelegate(AidService aid, UnionCalendar calendar) {
    this.aid = aid;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    execution.setVariable(NOTICE_ENDS, calendar.endOf(aid.publishNotice(in.id(CASE_ID))));
  }
}
