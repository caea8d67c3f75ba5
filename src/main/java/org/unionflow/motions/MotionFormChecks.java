package org.unionflow.motions;

import static org.unionflow.motions.MotionProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.forms.FormInputCheck;
import org.unionflow.platform.forms.Submitted;

/** The motion's own rules for what its forms submit, beyond the constraints the forms declare. */
@Configuration
@EnableConfigurationProperties(MotionRules.class)
class MotionFormChecks {

  static final String DEPARTMENT_PREFIX = "dept-";

  private final MotionService motions;
  // resolved on use: the engine that provides it is built with these checks
  private final ObjectProvider<IdentityService> identity;
  private final Clock clock;

  MotionFormChecks(MotionService motions, ObjectProvider<IdentityService> identity, Clock clock) {
    this.motions = motions;
    this.identity = identity;
    this.clock = clock;
  }

  @Bean
  FormInputCheck submitMotionCheck() {
    return new FormInputCheck(FORM_SUBMIT_MOTION, (unionId, in, errors) -> {
      Optional<CongressSession> session = unionId == null ? Optional.empty() : motions.currentSession(unionId);
      if (unionId != null && session.isEmpty()) {
        errors.reject("session", "no congress session has opened in this union");
      }
      checkCoSigners(in, session, errors);
    });
  }

  @Bean
  FormInputCheck amendMotionCheck() {
    return new FormInputCheck(FORM_AMEND_MOTION,
        (unionId, in, errors) -> checkCoSigners(in, in.text(MOTION_ID) == null ? Optional.empty()
            : Optional.of(motions.sessionOf(in.id(MOTION_ID))), errors));
  }

  @Bean
  FormInputCheck reviewMotionCheck() {
    return new FormInputCheck(FORM_REVIEW_MOTION, (unionId, in, errors) -> {
      ReviewDecision decision = ReviewDecision.valueOf(in.text(DECISION));
      switch (decision) {
        case ACCEPT, CONVERT -> {
          // the form offers only the union's departments (departmentChoices); the validator holds it to them
          List<String> departments = in.list(HANDLING_DEPARTMENTS);
          String lead = in.text(LEAD_DEPARTMENT);
          if (departments.isEmpty()) {
            errors.reject(HANDLING_DEPARTMENTS, "name at least one handling department");
          } else if (decision == ReviewDecision.CONVERT && departments.size() > 1) {
            errors.reject(HANDLING_DEPARTMENTS, "a suggestion is answered by one department");
          }
          if (lead == null) {
            errors.reject(LEAD_DEPARTMENT, "必填 / is required");
          } else if (!departments.isEmpty() && !departments.contains(lead)) {
            errors.reject(LEAD_DEPARTMENT, "主办部门须为所选承办部门之一 / must be one of the chosen handling departments");
          }
          LocalDate deadline = in.date(DEADLINE);
          if (decision == ReviewDecision.ACCEPT && deadline != null && !deadline.isAfter(LocalDate.now(clock))) {
            errors.reject(DEADLINE, "must be after today");
          }
        }
        case MERGE -> {
          String mergeInto = in.text(MERGE_INTO);
          String problem = mergeInto == null ? "name the accepted motion to merge into"
              : motions.mergeProblem(in.id(MOTION_ID), mergeInto);
          if (problem != null) {
            errors.reject(MERGE_INTO, problem);
          }
        }
        case REJECT -> {
          if (in.text(DECISION_REASON) == null) {
            errors.reject(DECISION_REASON, "give the reason for not accepting the motion");
          }
        }
      }
    });
  }

  @Bean
  FormInputCheck draftReplyCheck() {
    return new FormInputCheck(FORM_DRAFT_REPLY, (unionId, in, errors) -> checkReply(in, errors));
  }

  @Bean
  FormInputCheck answerSuggestionCheck() {
    return new FormInputCheck(FORM_ANSWER_SUGGESTION, (unionId, in, errors) -> checkReply(in, errors));
  }

  @Bean
  FormInputCheck signOffReplyCheck() {
    return new FormInputCheck(FORM_SIGN_OFF_REPLY, (unionId, in, errors) -> {
      if (SignOff.RETURNED.name().equals(in.text(SIGN_OFF)) && in.text(SIGN_OFF_COMMENT) == null) {
        errors.reject(SIGN_OFF_COMMENT, "say what the department must change");
      }
    });
  }

  @Bean
  FormInputCheck giveFeedbackCheck() {
    return new FormInputCheck(FORM_GIVE_FEEDBACK, (unionId, in, errors) -> {
      if (Feedback.UNSATISFIED.name().equals(in.text(FEEDBACK)) && in.text(FEEDBACK_COMMENT) == null) {
        errors.reject(FEEDBACK_COMMENT, "say why the reply does not satisfy you");
      }
    });
  }

  /**
   * Each co-signer is a representative of the session by name or user id, or at least a user (whether a user
   * who represents nobody may co-sign is the signature check's to say, with a chance to amend).
   */
  private void checkCoSigners(Submitted in, Optional<CongressSession> session, FieldErrors errors) {
    Map<String, String> representatives = session.map(motions::representativeIds).orElse(Map.of());
    List<String> unknown = MotionDelegates.names(in.text(CO_SIGNERS)).stream()
        .filter(name -> !representatives.containsKey(name)
            && identity.getObject().createUserQuery().userId(name).count() == 0)
        .toList();
    if (!unknown.isEmpty()) {
      String valid = session.map(motions::representatives).orElse(List.of()).stream()
          .map(representative -> representative.getName() + " (" + representative.getUserId() + ")")
          .collect(Collectors.joining("、"));
      errors.reject(CO_SIGNERS, "不是本届代表：" + String.join("、", unknown) + "；本届代表有：" + valid
          + " / not representatives of this session: " + String.join(", ", unknown) + "; they are: " + valid);
    }
  }

  private void checkReply(Submitted in, FieldErrors errors) {
    ReplyOutcome outcome = ReplyOutcome.valueOf(in.text(REPLY_OUTCOME));
    if (outcome == ReplyOutcome.SCHEDULED) {
      LocalDate scheduled = in.date(SCHEDULED_DATE);
      if (scheduled == null) {
        errors.reject(SCHEDULED_DATE, "give the date by which it will be solved");
      } else if (scheduled.isBefore(LocalDate.now(clock))) {
        errors.reject(SCHEDULED_DATE, "cannot be in the past");
      }
    } else if (outcome == ReplyOutcome.NOT_NOW && in.text(EXPLANATION) == null) {
      errors.reject(EXPLANATION, "explain why it cannot be solved now");
    }
  }

  /** The chosen handling departments, the lead first: how the register and the handling round order them. */
  static List<String> handlingDepartments(Submitted in) {
    String lead = in.text(LEAD_DEPARTMENT);
    return Stream.concat(Stream.ofNullable(lead), in.list(HANDLING_DEPARTMENTS).stream()).distinct().toList();
  }
}
