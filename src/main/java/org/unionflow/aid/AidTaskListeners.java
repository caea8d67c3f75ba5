package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** What completing (or reaching) each task of {@code hardshipAid} writes into the aid case. */
@Configuration
@RequiredArgsConstructor
class AidTaskListeners {

  private final AidService aid;
  private final UnionCalendar calendar;

  /** An officer completing a referred case, or answering the committee's request for information, updates the figures. */
  @Bean
  TaskListener saveApplicationListener() {
    return task -> aid.apply(new Submitted(task).id(CASE_ID), AidApplications.read(task));
  }

  /**
   * Records a home verification (入户核实) and who made the first, whom the second task then refuses; the second is
   * refused here too if the first officer makes it again.
   */
  @Bean
  TaskListener saveVerificationListener() {
    return task -> {
      Submitted in = new Submitted(task);
      boolean second = VERIFY_AT_HOME_AGAIN.equals(task.getTaskDefinitionKey());
      String officer = Actor.of(task);
      aid.verify(in.id(CASE_ID), second, officer, in.text(FINDINGS), in.text(RECOMMENDATION));
      if (!second) {
        task.getExecution().getProcessInstance().setVariable(FIRST_VERIFIER, officer);
      }
    };
  }

  /**
   * Records the committee's collective decision (集体研究); the aidApprovalRouting table decides next whether the
   * higher-level union approves too. The reason is kept in the case, not in the process, so a later review (after more information or an
   * objection) must give its own; what the committee asked for goes to the officer's form.
   */
  @Bean
  TaskListener saveReviewListener() {
    return task -> {
      Submitted in = new Submitted(task);
      aid.decide(in.id(CASE_ID), AidDecision.valueOf(in.text(DECISION_VALUE)), in.money(APPROVED_AMOUNT),
          in.text(DECISION_REASON), in.flag(OVER_BUDGET), Actor.of(task));
      if (AidDecision.RETURN.name().equals(in.text(DECISION_VALUE))) {
        task.setVariable(INFORMATION_REQUESTED, in.text(DECISION_REASON));
      }
      task.removeVariable(DECISION_REASON);
    };
  }

  /** The notice ended without objection: the case now waits for the chair. */
  @Bean
  TaskListener awaitApprovalListener() {
    return task -> aid.awaitApproval(new Submitted(task).id(CASE_ID));
  }

  /**
   * Records the chair's or the higher-level union's approval of the amount. The comment is kept in the case,
   * not in the process, so the next approver's form starts empty and must give its own reason to refuse.
   */
  @Bean
  TaskListener saveApprovalListener() {
    return task -> {
      Submitted in = new Submitted(task);
      aid.approve(in.id(CASE_ID), APPROVE_AT_HIGHER_LEVEL.equals(task.getTaskDefinitionKey()),
          APPROVED.equals(in.text(APPROVAL)), in.text(APPROVAL_COMMENT), Actor.of(task));
      task.removeVariable(APPROVAL_COMMENT);
    };
  }

  /** The follow-up visit after the payment is noted in the member's hardship file. */
  @Bean
  TaskListener saveFollowUpListener() {
    return task -> {
      Submitted in = new Submitted(task);
      aid.followUp(in.id(CASE_ID), in.text(FOLLOW_UP_NOTE), Actor.of(task));
    };
  }

  /** The yearly review: keep, change level or close; an open file is reviewed again a year later. */
  @Bean
  TaskListener saveFileReviewListener() {
    return task -> {
      Submitted in = new Submitted(task);
      String newLevel = in.text(NEW_LEVEL);
      Optional<LocalDate> nextReview = aid.reviewFile(in.id(CASE_ID),
          FileReviewDecision.valueOf(in.text(FILE_DECISION)), newLevel == null ? null : HardshipLevel.valueOf(newLevel),
          in.text(REVIEW_NOTE), Actor.of(task));
      task.setVariable(FILE_OPEN, nextReview.isPresent());
      nextReview.ifPresent(day -> task.setVariable(REVIEW_ON, calendar.startOf(day)));
    };
  }
}
