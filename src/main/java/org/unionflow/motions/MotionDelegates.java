package org.unionflow.motions;

import static org.unionflow.motions.MotionProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** The service tasks of {@code congressMotion}: thin beans that hand typed variables to {@link MotionService}. */
@Configuration
@RequiredArgsConstructor
class MotionDelegates {

  /** Above the engine's default of 50, so reminded tasks sort first. */
  static final int REMINDED_PRIORITY = 80;

  private final MotionService motions;
  private final UnionCalendar calendar;

  /** Files the motion; the proposer is whoever is logged in, never a value the form could forge. */
  @Bean
  JavaDelegate registerMotionDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      String actor = Actor.of(execution);
      // only a start without a login (the engine's own, tests) names the proposer in a variable
      String proposer = Actor.SYSTEM.equals(actor) && in.text(PROPOSER) != null ? in.text(PROPOSER) : actor;
      Motion motion = motions.register(execution.getTenantId(), execution.getProcessInstanceId(), content(in),
          proposer);
      execution.setProcessBusinessKey(motion.getBusinessKey());
      execution.setVariable(PROPOSER, proposer);
      execution.setVariable(MOTION_ID, motion.getId());
      execution.setVariable(SESSION_NAME, motion.getSession().getName());
      execution.setVariable(REPLY_ROUND, 1);
    };
  }

  /** When the signatures hold, names the co-signers each to confirm in a task of their own. */
  @Bean
  JavaDelegate checkSignaturesDelegate() {
    return execution -> {
      long motionId = new Submitted(execution).id(MOTION_ID);
      String problem = motions.checkSignatures(motionId);
      execution.setVariable(SIGNATURES_VALID, problem == null);
      execution.setVariable(SIGNATURE_PROBLEM, problem);
      execution.setVariable(CO_SIGNER_IDS, new ArrayList<>(motions.coSignersToConfirm(motionId)));
      execution.setVariable(CO_SIGNERS_LABEL, motions.coSignersLabel(motionId));
    };
  }

  /** Once every co-signer has answered: enough of them confirmed, or back to the proposer to amend. */
  @Bean
  JavaDelegate countCoSigningsDelegate() {
    return execution -> {
      String problem = motions.checkCoSignings(new Submitted(execution).id(MOTION_ID));
      execution.setVariable(SIGNATURES_VALID, problem == null);
      execution.setVariable(SIGNATURE_PROBLEM, problem);
    };
  }

  /** Hands an accepted motion to its departments with the committee's deadline, or the table's default. */
  @Bean
  JavaDelegate assignDepartmentsDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      List<String> departments = MotionFormChecks.handlingDepartments(in);
      Motion motion = motions.assign(in.id(MOTION_ID), departments, in.date(DEADLINE), in.integer(DEADLINE_DAYS));
      execution.setVariable(DEPARTMENTS, new ArrayList<>(departments));
      setDeadline(execution, calendar, motion.getDeadline(), in.integer(REMINDER_DAYS_BEFORE));
      execution.setVariable(FEEDBACK_WAIT, "P" + in.integer(FEEDBACK_DAYS) + "D");
    };
  }

  /** Records the reminder and raises the motion's open department tasks to the top of their Tasklist. */
  @Bean
  JavaDelegate remindDepartmentsDelegate() {
    return execution -> {
      motions.remind(new Submitted(execution).id(MOTION_ID));
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKeyIn(DRAFT_REPLY, SIGN_OFF_REPLY).list()
          .forEach(task -> tasks.setPriority(task.getId(), REMINDED_PRIORITY));
    };
  }

  @Bean
  JavaDelegate recordAnswerDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      execution.setVariable(REPLIES_SUMMARY, motions.answered(in.id(MOTION_ID), in.integer(REPLY_ROUND)));
    };
  }

  @Bean
  JavaDelegate recordNoFeedbackDelegate() {
    return execution -> {
      motions.feedback(new Submitted(execution).id(MOTION_ID), Feedback.NO_FEEDBACK, null);
      execution.setVariable(SEND_BACK, false);
      execution.setVariable(COMMITTEE_DECIDES, false);
    };
  }

  @Bean
  JavaDelegate publishResultDelegate() {
    return execution -> motions.publish(new Submitted(execution).id(MOTION_ID));
  }

  /** The motion as filed; the form's co-signer picker submits user ids. */
  static MotionContent content(Submitted in) {
    return new MotionContent(in.text(TITLE), MotionCategory.valueOf(in.text(CATEGORY)), in.text(REASONS),
        in.text(MEASURES), in.list(CO_SIGNERS));
  }

  /** Deadline timers fire at the end of the union's deadline day; the reminder at 8:00 some days before. */
  static void setDeadline(DelegateExecution execution, UnionCalendar calendar, LocalDate deadline,
      int reminderDaysBefore) {
    execution.setVariable(DEADLINE_AT, calendar.endOf(deadline));
    execution.setVariable(REMINDER_AT, calendar.at(deadline.minusDays(reminderDaysBefore), LocalTime.of(8, 0)));
  }
}
