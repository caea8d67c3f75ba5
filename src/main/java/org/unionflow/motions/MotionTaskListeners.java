package org.unionflow.motions;

import static org.unionflow.motions.MotionProcess.*;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Choices;
import org.unionflow.platform.forms.Choices.Choice;
import org.unionflow.platform.forms.Submitted;

/** What completing each task of {@code congressMotion} writes into the motion register. */
@Configuration
@RequiredArgsConstructor
class MotionTaskListeners {

  private final MotionService motions;
  private final MotionChoices choices;
  private final MotionRules rules;
  private final UnionCalendar calendar;

  /** Offers the amend form the representatives of the motion's session, the proposer left out. */
  @Bean
  TaskListener offerCoSignerChoicesListener() {
    return task -> {
      Submitted in = new Submitted(task);
      task.setVariableLocal(REPRESENTATIVE_CHOICES, Choices.variable(
          choices.coSigners(motions.sessionOf(in.id(MOTION_ID)), in.text(PROPOSER))));
    };
  }

  @Bean
  TaskListener saveAmendmentListener() {
    return task -> motions.amend(new Submitted(task).id(MOTION_ID), MotionDelegates.content(new Submitted(task)));
  }

  /** Records the co-signer's answer; the form check has held the task to the co-signer it names. */
  @Bean
  TaskListener saveCoSigningListener() {
    return task -> {
      Submitted in = new Submitted(task);
      motions.coSign(in.id(MOTION_ID), in.text(CO_SIGNER), CoSigning.valueOf(in.text(CO_SIGNING)));
    };
  }

  /** Offers the review form the union's departments by name and the session's accepted motions to merge into. */
  @Bean
  TaskListener offerReviewChoicesListener() {
    return task -> {
      List<Choice> departments = Groups.ALL.stream().filter(role -> role.id().startsWith(MotionFormChecks.DEPARTMENT_PREFIX))
          .map(role -> new Choice(role.name(), role.id())).toList();
      List<Choice> targets = motions.mergeTargets(new Submitted(task).id(MOTION_ID)).stream()
          .map(target -> new Choice(target.getBusinessKey() + " · " + target.getTitle(), target.getBusinessKey()))
          .toList();
      task.setVariableLocal(DEPARTMENT_CHOICES, Choices.variable(departments));
      task.setVariableLocal(MERGE_CHOICES, Choices.variable(targets));
    };
  }

  /** Records the review; a suggestion goes to the one department named. */
  @Bean
  TaskListener saveMotionReviewListener() {
    return task -> {
      Submitted in = new Submitted(task);
      ReviewDecision decision = ReviewDecision.valueOf(in.text(DECISION));
      List<String> departments = MotionFormChecks.handlingDepartments(in);
      motions.review(in.id(MOTION_ID), decision, in.text(DECISION_REASON), departments, in.text(MERGE_INTO),
          Actor.of(task));
      if (decision == ReviewDecision.CONVERT) {
        task.getExecution().setVariable(SUGGESTION_DEPARTMENT, departments.get(0));
      }
    };
  }

  @Bean
  TaskListener saveSuggestionAnswerListener() {
    return task -> {
      Submitted in = new Submitted(task);
      motions.draftReply(in.id(MOTION_ID), 1, in.text(SUGGESTION_DEPARTMENT), draft(in), Actor.of(task));
    };
  }

  @Bean
  TaskListener saveReplyListener() {
    return task -> {
      Submitted in = new Submitted(task);
      motions.draftReply(in.id(MOTION_ID), in.integer(REPLY_ROUND), in.text(DEPARTMENT), draft(in),
          Actor.of(task));
    };
  }

  @Bean
  TaskListener saveSignOffListener() {
    return task -> {
      Submitted in = new Submitted(task);
      motions.signOff(in.id(MOTION_ID), in.integer(REPLY_ROUND), in.text(DEPARTMENT),
          SignOff.valueOf(in.text(SIGN_OFF)), in.text(SIGN_OFF_COMMENT), Actor.of(task));
    };
  }

  @Bean
  TaskListener saveMotionSupervisionListener() {
    return task -> motions.supervise(new Submitted(task).id(MOTION_ID), Actor.of(task),
        new Submitted(task).text(SUPERVISION_NOTE));
  }

  /** Unsatisfied sends the motion back for another round, until the rounds are used up and the committee decides. */
  @Bean
  TaskListener saveFeedbackListener() {
    return task -> {
      Submitted in = new Submitted(task);
      Feedback feedback = Feedback.valueOf(in.text(FEEDBACK));
      int unsatisfiedRounds = motions.feedback(in.id(MOTION_ID), feedback, in.text(FEEDBACK_COMMENT));
      boolean unsatisfied = feedback == Feedback.UNSATISFIED;
      boolean sendBack = unsatisfied && unsatisfiedRounds < rules.maxUnsatisfiedRounds();
      task.getExecution().setVariable(SEND_BACK, sendBack);
      task.getExecution().setVariable(COMMITTEE_DECIDES, unsatisfied && !sendBack);
      if (sendBack) {
        task.getExecution().setVariable(REPLY_ROUND, in.integer(REPLY_ROUND) + 1);
        MotionDelegates.setDeadline(task.getExecution(), calendar,
            motions.newRound(in.id(MOTION_ID), in.integer(DEADLINE_DAYS)), in.integer(REMINDER_DAYS_BEFORE));
      }
    };
  }

  @Bean
  TaskListener saveFinalDecisionListener() {
    return task -> {
      Submitted in = new Submitted(task);
      motions.finalDecision(in.id(MOTION_ID), FinalDecision.valueOf(in.text(FINAL_DECISION)), in.text(FINAL_REASON));
    };
  }

  private static ReplyDraft draft(Submitted in) {
    return new ReplyDraft(in.text(REPLY_CONTENT), ReplyOutcome.valueOf(in.text(REPLY_OUTCOME)),
        in.date(SCHEDULED_DATE), in.text(EXPLANATION));
  }
}
