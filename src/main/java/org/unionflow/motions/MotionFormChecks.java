package org.unionflow.motions;

import static org.unionflow.motions.MotionProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
@RequiredArgsConstructor
class MotionFormChecks {

  static final String DEPARTMENT_PREFIX = "dept-";

  private final MotionService motions;
  private final MotionRules rules;
  // resolved on use: the engine that provides it is built with these checks
  private final ObjectProvider<IdentityService> identity;
  private final Clock clock;

  /** The co-signers are held to the session's representatives by the picker's options (the validator's). */
  @Bean
  FormInputCheck submitMotionCheck() {
    return new FormInputCheck(FORM_SUBMIT_MOTION, (unionId, in, errors) -> {
      if (unionId != null && motions.currentSession(unionId).isEmpty()) {
        errors.reject("session", MotionService.NO_SESSION);
      }
      String proposer = loggedIn();
      checkCoSigners(in, proposer != null ? proposer : in.text(PROPOSER), errors);
    });
  }

  @Bean
  FormInputCheck amendMotionCheck() {
    return new FormInputCheck(FORM_AMEND_MOTION, (unionId, in, errors) -> checkCoSigners(in, in.text(PROPOSER), errors));
  }

  /** Only the co-signer the task names answers it, whoever else its candidate group lets see it. */
  @Bean
  FormInputCheck confirmCoSigningCheck() {
    return new FormInputCheck(FORM_CONFIRM_CO_SIGNING, (unionId, in, errors) -> {
      String person = loggedIn();
      String coSigner = in.text(CO_SIGNER);
      if (person != null && !person.equals(coSigner)) {
        errors.reject(CO_SIGNING, "只有附议人 " + coSigner + " 本人可以确认附议 / only the co-signer " + coSigner
            + " may answer this");
      }
    });
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
            errors.reject(HANDLING_DEPARTMENTS, "请至少选择一个承办部门 / name at least one handling department");
          } else if (decision == ReviewDecision.CONVERT && departments.size() > 1) {
            errors.reject(HANDLING_DEPARTMENTS, "意见建议只由一个部门答复 / a suggestion is answered by one department");
          }
          if (lead == null) {
            errors.reject(LEAD_DEPARTMENT, "必填 / is required");
          } else if (!departments.isEmpty() && !departments.contains(lead)) {
            errors.reject(LEAD_DEPARTMENT, "主办部门须为所选承办部门之一 / must be one of the chosen handling departments");
          }
          LocalDate deadline = in.date(DEADLINE);
          if (decision == ReviewDecision.ACCEPT && deadline != null && !deadline.isAfter(LocalDate.now(clock))) {
            errors.reject(DEADLINE, "办理期限须晚于今天 / must be after today");
          }
        }
        case MERGE -> {
          String mergeInto = in.text(MERGE_INTO);
          String problem = mergeInto == null ? "请填写要并入的已立案提案 / name the accepted motion to merge into"
              : motions.mergeProblem(in.id(MOTION_ID), mergeInto);
          if (problem != null) {
            errors.reject(MERGE_INTO, problem);
          }
        }
        case REJECT -> {
          if (in.text(DECISION_REASON) == null) {
            errors.reject(DECISION_REASON, "请说明不予立案的理由 / give the reason for not accepting the motion");
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
        errors.reject(SIGN_OFF_COMMENT, "请说明承办部门须修改之处 / say what the department must change");
      }
    });
  }

  @Bean
  FormInputCheck giveFeedbackCheck() {
    return new FormInputCheck(FORM_GIVE_FEEDBACK, (unionId, in, errors) -> {
      if (Feedback.UNSATISFIED.name().equals(in.text(FEEDBACK)) && in.text(FEEDBACK_COMMENT) == null) {
        errors.reject(FEEDBACK_COMMENT, "请说明不满意的原因 / say why the reply does not satisfy you");
      }
    });
  }

  /** Enough co-signers besides the proposer; that they are representatives is the options' to hold. */
  private void checkCoSigners(Submitted in, String proposer, FieldErrors errors) {
    long coSigners = in.list(CO_SIGNERS).stream().filter(id -> !id.equals(proposer)).distinct().count();
    if (coSigners < rules.minCoSigners()) {
      errors.reject(CO_SIGNERS, "请至少选择 " + rules.minCoSigners() + " 位附议代表（提案人本人不算） / choose at least "
          + rules.minCoSigners() + " co-signing representatives besides the proposer");
    }
  }

  private String loggedIn() {
    Authentication person = identity.getObject().getCurrentAuthentication();
    return person == null ? null : person.getUserId();
  }

  private void checkReply(Submitted in, FieldErrors errors) {
    ReplyOutcome outcome = ReplyOutcome.valueOf(in.text(REPLY_OUTCOME));
    if (outcome == ReplyOutcome.SCHEDULED) {
      LocalDate scheduled = in.date(SCHEDULED_DATE);
      if (scheduled == null) {
        errors.reject(SCHEDULED_DATE, "请填写计划解决的日期 / give the date by which it will be solved");
      } else if (scheduled.isBefore(LocalDate.now(clock))) {
        errors.reject(SCHEDULED_DATE, "计划解决日期不能早于今天 / cannot be in the past");
      }
    } else if (outcome == ReplyOutcome.NOT_NOW && in.text(EXPLANATION) == null) {
      errors.reject(EXPLANATION, "请说明暂不能解决的原因 / explain why it cannot be solved now");
    }
  }

  /** The chosen handling departments, the lead first: how the register and the handling round order them. */
  static List<String> handlingDepartments(Submitted in) {
    String lead = in.text(LEAD_DEPARTMENT);
    return Stream.concat(Stream.ofNullable(lead), in.list(HANDLING_DEPARTMENTS).stream()).distinct().toList();
  }
}
