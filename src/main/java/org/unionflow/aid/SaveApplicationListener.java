package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Submitted;

/** An officer completing a referred case, or answering the committee's request for information, updates the figures. */
@Component
class SaveApplicationListener implements TaskListener {

  private final AidService aid;

  SaveApplicationListener(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    aid.apply(in.id(CASE_ID), AidApplications.read(task));
  }
}
