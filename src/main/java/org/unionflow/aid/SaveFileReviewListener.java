package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** The yearly review: keep, change level or close; an open file is reviewed again a year later. */
@Component
class SaveFileReviewListener implements TaskListener {

  private final AidService aid;
  private final UnionCalendar calendar;

  SaveFileReviewListener(AidService aid, UnionCalendar calendar) {
    this.aid = aid;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    Submitted in = new Submitted(task);
    String newLevel = in.text(NEW_LEVEL);
    Optional<LocalDate> nextReview = aid.reviewFile(in.id(CASE_ID), FileReviewDecision.valueOf(in.text(FILE_DECISION)),
        newLevel == null ? null : HardshipLevel.valueOf(newLevel), in.text(REVIEW_NOTE), Actor.of(task));
    task.setVariable(FILE_OPEN, nextReview.isPresent());
    nextReview.ifPresent(day -> task.setVariable(REVIEW_ON, calendar.startOf(day)));
  }
}
