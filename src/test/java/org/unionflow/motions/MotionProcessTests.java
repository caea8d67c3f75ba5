package org.unionflow.motions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.unionflow.motions.MotionProcess.*;
import static org.unionflow.motions.MotionScenario.SIGN_OFF_RETURN_COMMENT;
import static org.unionflow.motions.MotionScenario.chosen;
import static org.unionflow.platform.FieldErrorsAssert.refusedFields;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.members.Gender;
import org.unionflow.members.MemberForm;
import org.unionflow.members.MemberService;
import org.unionflow.members.MemberStatus;
import org.unionflow.platform.Groups;
import org.unionflow.platform.forms.StartFormChoices;
import org.unionflow.platform.steps.CasesAtStep;

/** Every path of {@code congressMotion}, driven through the engine API with the real services behind it. */
@UnionFlowTest
class MotionProcessTests {

  private static final LocalDate TODAY = UnionDay.today();
  private static final String ACADEMIC = Groups.DEPT_ACADEMIC;
  private static final String GENERAL = Groups.DEPT_GENERAL_AFFAIRS;
  private static final String HR = Groups.DEPT_HR;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired MotionService motions;
  @Autowired MotionScenario scenario;
  @Autowired MemberService members;
  @Autowired StartFormChoices startForms;

  private String unionId;
  private CongressSession session;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    session = scenario.newUnionWithSession();
    unionId = session.getUnionId();
  }

  @Test
  void acceptedMotionIsRepliedSignedOffAndPublishedWhenTheProposerIsSatisfied() {
    ProcessInstance motion = scenario.submit(unionId, "ps-rep1", "ps-rep2", "ps-rep3");

    // each co-signer confirms in a task of their own before the committee sees the motion
    assertThat(motion).hasPassed(CHECK_SIGNATURES).isWaitingAt(CONFIRM_CO_SIGNING);
    assertThat(tasks.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey(CONFIRM_CO_SIGNING).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("ps-rep2", "ps-rep3");
    Task confirmation = scenario.confirmationOf(motion, "ps-rep2");
    assertThat(confirmation).hasName("Confirm co-signing / 确认附议");
    assertThat(tasks.getIdentityLinksForTask(confirmation.getId())).extracting(link -> link.getGroupId())
        .contains(Groups.REPRESENTATIVES);
    scenario.coSign(motion, "ps-rep2", CoSigning.CONFIRM);
    assertThat(motion).isWaitingAt(CONFIRM_CO_SIGNING).isNotWaitingAt(REVIEW_MOTION);
    assertThat(motions.find(unionId, motion.getBusinessKey()).getConfirmedCoSigners()).containsExactly("ps-rep2");
    scenario.coSign(motion, "ps-rep3", CoSigning.CONFIRM);

    assertThat(motion).hasPassed(COUNT_CO_SIGNINGS).isWaitingAt(REVIEW_MOTION);
    assertThat(motions.find(unionId, motion.getBusinessKey()).getConfirmedCoSigners())
        .containsExactly("ps-rep2", "ps-rep3");
    assertThat(motion.getBusinessKey()).matches("MOT-" + TODAY.getYear() + "-\\d{3,}");
    assertThat(task(motion)).hasCandidateGroup(Groups.MOTION_COMMITTEE);
    scenario.review(motion, ReviewDecision.ACCEPT, ACADEMIC);

    assertThat(motion).hasPassed(DECIDE_HANDLING_PERIODS, ASSIGN_DEPARTMENTS).isWaitingAt(DRAFT_REPLY)
        .variables().containsEntry(DEADLINE_DAYS, 30).containsEntry(FEEDBACK_WAIT, "P10D");
    LocalDate deadline = TODAY.plusDays(30);
    assertThat(task(motion)).hasCandidateGroup(ACADEMIC)
        .hasDueDate(Timestamp.from(deadline.atTime(23, 59, 59).atZone(UnionDay.ZONE).toInstant()));
    scenario.draft(motion, ACADEMIC, ReplyOutcome.SOLVED);
    assertThat(task(motion)).hasDefinitionKey(SIGN_OFF_REPLY).hasCandidateGroup(Groups.ADMINISTRATION);
    scenario.signOff(motion, ACADEMIC, SignOff.APPROVED);

    assertThat(motion).hasPassed(RECORD_ANSWER).isWaitingAt(GIVE_FEEDBACK);
    assertThat(task(motion)).isAssignedTo("ps-rep1");
    assertThat(motion).variables().containsKey(REPLIES_SUMMARY);
    assertThat((String) runtime.getVariable(motion.getId(), REPLIES_SUMMARY)).contains(ACADEMIC, "solved / 已解决");
    complete(task(motion), withVariables(FEEDBACK, "SATISFIED"));

    assertThat(motion).hasPassed(PUBLISH_RESULT, MOTION_ARCHIVED).isEnded();
    Motion entry = motions.find(unionId, motion.getBusinessKey());
    assertThat(entry.getStatus()).isEqualTo(MotionStatus.PUBLISHED);
    assertThat(entry.getPublishedOn()).isEqualTo(TODAY);
    assertThat(entry.getDeadline()).isEqualTo(deadline);
    assertThat(entry.getLeadDepartment()).isEqualTo(ACADEMIC);
    assertThat(entry.getFeedback()).isEqualTo(Feedback.SATISFIED);
    assertThat(motions.replies(entry)).singleElement().satisfies(reply -> {
      assertThat(reply.getSignOff()).isEqualTo(SignOff.APPROVED);
      assertThat(reply.isLead()).isTrue();
    });
    MotionStatistics statistics = motions.statistics(unionId, session.getId());
    assertThat(statistics.filed()).isEqualTo(1);
    assertThat(statistics.accepted()).isEqualTo(1);
    assertThat(statistics.answeredOnTime()).isEqualTo(1);
    assertThat(statistics.overdue()).isZero();
    assertThat(statistics.handlingRate()).isEqualByComparingTo("1");
    assertThat(statistics.satisfactionRate()).isEqualByComparingTo("1");
  }

  @Test
  void severalDepartmentsReplyInParallelAndAReplySentBackByTheAdministrationIsRedrafted() {
    ProcessInstance motion = scenario.atDraftReply(unionId, GENERAL, HR);

    assertThat(tasks.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey(DRAFT_REPLY).list())
        .hasSize(2);
    scenario.draft(motion, GENERAL, ReplyOutcome.SCHEDULED);
    scenario.draft(motion, HR, ReplyOutcome.NOT_NOW);
    scenario.signOff(motion, HR, SignOff.RETURNED);

    Task redraft = tasks.createTaskQuery().processInstanceId(motion.getId()).taskDefinitionKey(DRAFT_REPLY)
        .singleResult();
    assertThat(redraft).hasCandidateGroup(HR);
    assertThat(tasks.getVariable(redraft.getId(), SIGN_OFF_COMMENT)).isEqualTo(SIGN_OFF_RETURN_COMMENT);
    scenario.signOff(motion, GENERAL, SignOff.APPROVED);
    assertThat(motion).isNotWaitingAt(GIVE_FEEDBACK);
    scenario.draft(motion, HR, ReplyOutcome.SOLVED);
    scenario.signOff(motion, HR, SignOff.APPROVED);

    assertThat(motion).isWaitingAt(GIVE_FEEDBACK);
    complete(task(motion), withVariables(FEEDBACK, "BASICALLY_SATISFIED"));
    assertThat(motion).isEnded();
    Motion entry = motions.find(unionId, motion.getBusinessKey());
    assertThat(entry.getDepartments()).containsExactly(GENERAL, HR);
    assertThat(motions.replies(entry)).extracting(MotionReply::getDepartment, MotionReply::isLead,
        MotionReply::getSignOff).containsExactly(
            tuple(GENERAL, true, SignOff.APPROVED), tuple(HR, false, SignOff.RETURNED),
            tuple(HR, false, SignOff.APPROVED));
    assertThat(motions.statistics(unionId, session.getId()).satisfactionRate()).isEqualByComparingTo("1");
  }

  @Test
  void unsatisfiedTwiceSendsTheMotionBackOnceAndThenTheCommitteeDecides() {
    ProcessInstance motion = scenario.atGiveFeedback(unionId, ACADEMIC);
    complete(task(motion), withVariables(FEEDBACK, "UNSATISFIED", FEEDBACK_COMMENT, "Nothing has changed yet"));

    assertThat(motion).isWaitingAt(DRAFT_REPLY).variables().containsEntry(REPLY_ROUND, 2);
    scenario.answerRound(motion, ACADEMIC);
    complete(task(motion), withVariables(FEEDBACK, "UNSATISFIED", FEEDBACK_COMMENT, "Still nothing"));

    assertThat(motion).isWaitingAt(DECIDE_FINAL_OUTCOME);
    assertThat(task(motion)).hasCandidateGroup(Groups.MOTION_COMMITTEE);
    complete(task(motion), withVariables(FINAL_DECISION, "REPLY_STANDS", FINAL_REASON, "The reply is reasonable"));

    assertThat(motion).hasPassed(PUBLISH_RESULT).isEnded();
    Motion entry = motions.find(unionId, motion.getBusinessKey());
    assertThat(entry.getUnsatisfiedRounds()).isEqualTo(2);
    assertThat(entry.getFinalDecision()).isEqualTo(FinalDecision.REPLY_STANDS);
    assertThat(entry.getStatus()).isEqualTo(MotionStatus.PUBLISHED);
    assertThat(motions.replies(entry)).extracting(MotionReply::getRound).containsExactly(1, 2);
    assertThat(motions.statistics(unionId, session.getId()).satisfactionRate()).isEqualByComparingTo("0");
  }

  @Test
  void motionConvertedToASuggestionIsAnsweredByTheDepartmentWithoutFeedback() {
    ProcessInstance motion = scenario.atReviewMotion(unionId);
    scenario.review(motion, ReviewDecision.CONVERT, HR);

    assertThat(motion).isWaitingAt(ANSWER_SUGGESTION);
    assertThat(task(motion)).hasCandidateGroup(HR);
    complete(task(motion), withVariables(REPLY_OUTCOME, "SOLVED", REPLY_CONTENT, "Added to the staff handbook"));

    assertThat(motion).hasPassed(SUGGESTION_ANSWERED).hasNotPassed(GIVE_FEEDBACK).isEnded();
    Motion entry = motions.find(unionId, motion.getBusinessKey());
    assertThat(entry.getStatus()).isEqualTo(MotionStatus.CONVERTED);
    assertThat(motions.replies(entry)).singleElement().extracting(MotionReply::getDepartment).isEqualTo(HR);
    MotionStatistics statistics = motions.statistics(unionId, session.getId());
    assertThat(statistics.converted()).isEqualTo(1);
    assertThat(statistics.accepted()).isZero();
    assertThat(statistics.handlingRate()).isNull();
  }

  @Test
  void motionMergedIntoAnAcceptedOneMakesItsProposerACoProposer() {
    ProcessInstance accepted = scenario.atDraftReply(unionId, ACADEMIC);
    ProcessInstance similar = scenario.submitConfirmed(unionId, "ps-rep2", "ps-rep1", "ps-rep3");

    assertThat(tasks.getVariableLocal(task(similar).getId(), MERGE_CHOICES).toString())
        .contains(accepted.getBusinessKey() + " · Canteen open on Saturdays")
        .doesNotContain(similar.getBusinessKey());
    complete(task(similar), withVariables(DECISION, "MERGE", MERGE_INTO, accepted.getBusinessKey(),
        DECISION_REASON, "Same request"));

    assertThat(similar).hasPassed(MOTION_MERGED).isEnded();
    assertThat(motions.find(unionId, similar.getBusinessKey()).getMergedInto()).isEqualTo(accepted.getBusinessKey());
    assertThat(motions.find(unionId, accepted.getBusinessKey()).getCoProposers()).containsExactly("ps-rep2");
    assertThat(motions.statistics(unionId, session.getId()).merged()).isEqualTo(1);
  }

  @Test
  void rejectionNeedsAReason() {
    ProcessInstance motion = scenario.atReviewMotion(unionId);

    Throwable refused = catchThrowable(() -> complete(task(motion), withVariables(DECISION, "REJECT")));
    assertThat(refusedFields(refused)).containsExactly(DECISION_REASON);
    assertThat(motion).isWaitingAt(REVIEW_MOTION);

    complete(task(motion), withVariables(DECISION, "REJECT", DECISION_REASON, "Outside the school's remit"));
    assertThat(motion).hasPassed(MOTION_REJECTED).isEnded();
    Motion entry = motions.find(unionId, motion.getBusinessKey());
    assertThat(entry.getStatus()).isEqualTo(MotionStatus.REJECTED);
    assertThat(entry.getDecisionReason()).isEqualTo("Outside the school's remit");
  }

  @Test
  void aCoSignerWhoDeclinesSendsTheMotionBackToTheProposerWhoChoosesAnotherAndTheyConfirm() {
    motions.addRepresentative(session, "ps-rep4", "ps-rep4", null);
    ProcessInstance motion = scenario.submit(unionId, "ps-rep1", "ps-rep2", "ps-rep3");
    scenario.coSign(motion, "ps-rep2", CoSigning.CONFIRM);
    scenario.coSign(motion, "ps-rep3", CoSigning.DECLINE);

    assertThat(motion).hasPassed(COUNT_CO_SIGNINGS).isWaitingAt(AMEND_MOTION).isNotWaitingAt(REVIEW_MOTION);
    assertThat(task(motion)).isAssignedTo("ps-rep1");
    assertThat((String) runtime.getVariable(motion.getId(), SIGNATURE_PROBLEM)).startsWith("不附议：ps-rep3")
        .contains("附议代表不足 2 人", "declined to co-sign: ps-rep3");
    Motion declined = motions.find(unionId, motion.getBusinessKey());
    assertThat(declined.getStatus()).isEqualTo(MotionStatus.AMENDING);
    assertThat(declined.getConfirmedCoSigners()).containsExactly("ps-rep2");
    assertThat(declined.getDeclinedCoSigners()).containsExactly("ps-rep3");
    // the amend form offers the session's other representatives, and the server holds the choice to them
    assertThat(tasks.getVariableLocal(task(motion).getId(), REPRESENTATIVE_CHOICES).toString())
        .contains("ps-rep2", "ps-rep3", "ps-rep4").doesNotContain("ps-rep1");
    Map<String, Object> amended = scenario.content(unionId, "ps-rep2", "ps-officer1");
    Throwable unlisted = catchThrowable(() -> complete(task(motion), amended));
    assertThat(refusedFields(unlisted)).containsExactly(CO_SIGNERS);
    assertThat(unlisted).hasMessageContaining("请从列表中选择");
    amended.put(CO_SIGNERS, chosen("ps-rep2"));
    Throwable tooFew = catchThrowable(() -> complete(task(motion), amended));
    assertThat(refusedFields(tooFew)).containsExactly(CO_SIGNERS);
    assertThat(tooFew).hasMessageContaining("请至少选择 2 位附议代表");

    amended.put(CO_SIGNERS, chosen("ps-rep2", "ps-rep4"));
    amended.put(TITLE, "Longer lunch break for teachers");
    complete(task(motion), amended);
    assertThat(motion).isWaitingAt(CONFIRM_CO_SIGNING);
    assertThat(motions.find(unionId, motion.getBusinessKey()).getConfirmedCoSigners()).isEmpty();
    scenario.coSign(motion, "ps-rep2", CoSigning.CONFIRM);
    scenario.coSign(motion, "ps-rep4", CoSigning.CONFIRM);

    assertThat(motion).isWaitingAt(REVIEW_MOTION);
    Motion entry = motions.find(unionId, motion.getBusinessKey());
    assertThat(entry.getTitle()).isEqualTo("Longer lunch break for teachers");
    assertThat(entry.getCoSigners()).containsExactly("ps-rep2", "ps-rep4");
    assertThat(entry.getConfirmedCoSigners()).containsExactly("ps-rep2", "ps-rep4");
    assertThat(entry.getDeclinedCoSigners()).isEmpty();
    assertThat(entry.getSignatureProblem()).isNull();
  }

  @Test
  void aProposerWhoIsNotARepresentativeIsSentBackBeforeAnyCoSignerIsAsked() {
    ProcessInstance motion = scenario.submit(unionId, "ps-officer1", "ps-rep2", "ps-rep3");

    assertThat(motion).hasPassed(CHECK_SIGNATURES).isWaitingAt(AMEND_MOTION).hasNotPassed(CONFIRM_CO_SIGNING);
    assertThat(task(motion)).isAssignedTo("ps-officer1");
    assertThat((String) runtime.getVariable(motion.getId(), SIGNATURE_PROBLEM)).startsWith("提案人 ps-officer1 不是本届代表");
  }

  @Test
  void noFeedbackWithinTenDaysIsRecordedAndTheResultPublished() {
    ProcessInstance motion = scenario.atGiveFeedback(unionId, ACADEMIC);
    Job timer = scenario.timer(motion, FEEDBACK_OVERDUE);
    assertThat(timer.getDuedate()).isAfter(Timestamp.from(TODAY.plusDays(9).atStartOfDay(UnionDay.ZONE).toInstant()));

    execute(timer);

    assertThat(motion).hasPassed(FEEDBACK_OVERDUE, RECORD_NO_FEEDBACK, PUBLISH_RESULT).isEnded();
    assertThat(motions.find(unionId, motion.getBusinessKey()).getFeedback()).isEqualTo(Feedback.NO_FEEDBACK);
    MotionStatistics statistics = motions.statistics(unionId, session.getId());
    assertThat(statistics.withFeedback()).isZero();
    assertThat(statistics.satisfactionRate()).isNull();
    assertThat(statistics.handlingRate()).isEqualByComparingTo("1");
  }

  @Test
  void departmentsAreRemindedBeforeTheDeadlineAndTheChairSupervisesOnceItPasses() {
    ProcessInstance motion = scenario.atReviewMotion(unionId);
    LocalDate deadline = TODAY.plusDays(7);
    scenario.review(motion, ReviewDecision.ACCEPT, deadline, ACADEMIC);
    assertThat(scenario.timer(motion, DEADLINE_APPROACHING).getDuedate())
        .isEqualTo(Timestamp.from(deadline.minusDays(5).atTime(8, 0).atZone(UnionDay.ZONE).toInstant()));

    execute(scenario.timer(motion, DEADLINE_APPROACHING));
    assertThat(motion).hasPassed(REMIND_DEPARTMENTS, DEPARTMENTS_REMINDED).isWaitingAt(DRAFT_REPLY);
    assertThat(motions.find(unionId, motion.getBusinessKey()).getRemindedAt()).isNotNull();
    assertThat(task(DRAFT_REPLY, motion).getPriority()).isEqualTo(MotionDelegates.REMINDED_PRIORITY);

    execute(scenario.timer(motion, DEADLINE_PASSED));
    assertThat(motion).isWaitingAt(DRAFT_REPLY, SUPERVISE_OVERDUE_MOTION);
    Task supervision = tasks.createTaskQuery().processInstanceId(motion.getId())
        .taskDefinitionKey(SUPERVISE_OVERDUE_MOTION).singleResult();
    assertThat(supervision).hasCandidateGroup(Groups.CHAIR);
    tasks.claim(supervision.getId(), "ps-chair");
    complete(supervision, withVariables(SUPERVISION_NOTE, "Asked the dean to reply this week"));

    assertThat(motion).hasPassed(SUPERVISION_DONE).isWaitingAt(DRAFT_REPLY);
    Motion entry = motions.find(unionId, motion.getBusinessKey());
    assertThat(entry.getSupervisedBy()).isEqualTo("ps-chair");
    assertThat(entry.getSupervisionNote()).isEqualTo("Asked the dean to reply this week");
  }

  @Test
  void emptyTitleOrReasonsAreRefusedAndNothingIsWritten() {
    Map<String, Object> motion = scenario.content(unionId, "ps-rep2", "ps-rep3");
    motion.put(TITLE, "");
    motion.put(REASONS, "  ");

    Throwable refused = catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, motion));

    assertThat(refusedFields(refused)).containsExactly(TITLE, REASONS);
    assertThat(registered()).isZero();
  }

  @Test
  void coSignersNotOfTheSessionOrTooFewAreRefusedAtTheFieldAndNothingIsWritten() {
    Throwable unknown = catchThrowable(() -> scenario.submit(unionId, "ps-rep1", "ps-rep2", "nobody-at-all"));
    Throwable one = catchThrowable(() -> scenario.submit(unionId, "ps-rep1", "ps-rep2"));
    Throwable withProposer = catchThrowable(() -> scenario.submit(unionId, "ps-rep1", "ps-rep1", "ps-rep2"));

    assertThat(refusedFields(unknown)).containsExactly(CO_SIGNERS);
    assertThat(unknown).hasMessageContaining("请从列表中选择 / must be one of the listed choices");
    for (Throwable tooFew : List.of(one, withProposer)) {
      assertThat(refusedFields(tooFew)).containsExactly(CO_SIGNERS);
      assertThat(tooFew).hasMessageContaining("请至少选择 2 位附议代表（提案人本人不算） / choose at least 2");
    }
    assertThat(registered()).isZero();
  }

  @Test
  void theCoSignerPickerOffersTheSessionsRepresentativesByNameAndUnionGroupButNotTheProposer() throws IOException {
    CongressSession named = motions.openSession(unionId, "3rd congress, 3rd session / 三届三次", TODAY, TODAY.plusYears(1));
    members.create(unionId, new MemberForm("T-0002", "李伟", "语文组", null, MemberStatus.ACTIVE, Gender.MALE,
        TODAY.minusYears(40), TODAY.minusYears(15), null));
    motions.addRepresentative(named, "ps-rep1", "王丽", null);
    motions.addRepresentative(named, "ps-rep2", "李伟", "T-0002");
    motions.addRepresentative(named, "ps-rep3", "张芳", null);

    engine.getIdentityService().setAuthenticatedUserId("ps-rep1");
    String served;
    try (InputStream schema = Files.newInputStream(Path.of("forms", FORM_SUBMIT_MOTION + ".form"))) {
      served = new String(startForms.fill(schema, List.of(unionId)).readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    assertThat(served).contains("{\"label\":\"李伟 · 语文组\",\"value\":\"ps-rep2\"}",
        "{\"label\":\"张芳\",\"value\":\"ps-rep3\"}").doesNotContain("王丽", "ps-rep1", REPRESENTATIVE_CHOICES);
    ProcessInstance motion = scenario.submitConfirmed(unionId, "ps-rep1", "ps-rep2", "ps-rep3");
    assertThat(motion).isWaitingAt(REVIEW_MOTION);
    assertThat(runtime.getVariable(motion.getId(), CO_SIGNERS_LABEL)).isEqualTo("李伟、张芳");
  }

  @Test
  void mergingIntoItselfIntoAnotherSessionOrAnUnacceptedMotionIsRefused() {
    ProcessInstance earlier = scenario.atDraftReply(unionId, ACADEMIC);
    ProcessInstance pending = scenario.submitConfirmed(unionId, "ps-rep2", "ps-rep1", "ps-rep3");
    scenario.openSession(unionId, "3rd congress, 3rd session / 三届三次", TODAY.minusDays(1));
    ProcessInstance motion = scenario.atReviewMotion(unionId);

    for (String target : List.of(motion.getBusinessKey(), earlier.getBusinessKey(), pending.getBusinessKey(),
        "MOT-1999-001")) {
      Throwable refused = catchThrowable(() -> complete(task(motion), withVariables(DECISION, "MERGE",
          MERGE_INTO, target)));
      assertThat(refusedFields(refused)).as(target).containsExactly(MERGE_INTO);
    }
    assertThat(motion).isWaitingAt(REVIEW_MOTION);
    assertThat(motions.find(unionId, motion.getBusinessKey()).getDecision()).isNull();
  }

  @Test
  void aPastDeadlineAnUnlistedDepartmentALeadNotChosenOrTwoDepartmentsForASuggestionAreRefused() {
    ProcessInstance motion = scenario.atReviewMotion(unionId);
    assertThat(task(motion)).hasDefinitionKey(REVIEW_MOTION);
    assertThat(tasks.getVariableLocal(task(motion).getId(), DEPARTMENT_CHOICES).toString())
        .contains(ACADEMIC, GENERAL, HR, "教务处").doesNotContain(Groups.CHAIR);

    Throwable unlisted = catchThrowable(() -> complete(task(motion), withVariables(DECISION, "ACCEPT",
        HANDLING_DEPARTMENTS, chosen(ACADEMIC, "dept-nowhere", Groups.CHAIR), LEAD_DEPARTMENT, ACADEMIC)));
    assertThat(refusedFields(unlisted)).containsExactly(HANDLING_DEPARTMENTS);
    assertThat(unlisted).hasMessageContaining("请从列表中选择 / must be one of the listed choices");
    Throwable pastDeadline = catchThrowable(() -> complete(task(motion), withVariables(DECISION, "ACCEPT",
        HANDLING_DEPARTMENTS, chosen(ACADEMIC, HR), LEAD_DEPARTMENT, GENERAL, DEADLINE, TODAY.minusDays(1).toString())));
    assertThat(refusedFields(pastDeadline)).containsExactly(LEAD_DEPARTMENT, DEADLINE);
    assertThat(pastDeadline).hasMessageContaining("办理期限须晚于今天 / must be after today");
    Throwable twoForASuggestion = catchThrowable(() -> complete(task(motion), withVariables(DECISION, "CONVERT",
        HANDLING_DEPARTMENTS, chosen(HR, ACADEMIC), LEAD_DEPARTMENT, HR)));
    assertThat(refusedFields(twoForASuggestion)).containsExactly(HANDLING_DEPARTMENTS);
    assertThat(motion).isWaitingAt(REVIEW_MOTION);
  }

  @Test
  void aReplyWithoutAnOutcomeOrWithoutItsDateOrExplanationIsRefused() {
    ProcessInstance motion = scenario.atDraftReply(unionId, ACADEMIC);
    Task draft = task(motion);

    assertThat(refusedFields(catchThrowable(() -> complete(draft, withVariables(REPLY_CONTENT, "We will see")))))
        .containsExactly(REPLY_OUTCOME);
    Throwable past = catchThrowable(() -> complete(draft, withVariables(REPLY_CONTENT, "We will see",
        REPLY_OUTCOME, "SCHEDULED", SCHEDULED_DATE, TODAY.minusDays(3).toString())));
    assertThat(refusedFields(past)).containsExactly(SCHEDULED_DATE);
    assertThat(past).hasMessageContaining("计划解决日期不能早于今天 / cannot be in the past");
    assertThat(refusedFields(catchThrowable(() -> complete(draft, withVariables(REPLY_CONTENT, "We will see",
        REPLY_OUTCOME, "NOT_NOW"))))).containsExactly(EXPLANATION);

    assertThat(motion).isWaitingAt(DRAFT_REPLY);
    assertThat(motions.replies(motions.find(unionId, motion.getBusinessKey()))).isEmpty();
  }

  private long registered() {
    return motions.search(unionId, null, null, null, null, CasesAtStep.ALL, Pageable.ofSize(1)).getTotalElements();
  }
}
