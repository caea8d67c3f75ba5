package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.trail.TrailCases.entries;
import static org.unionflow.trail.TrailCases.values;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionflow.UnionFlowTest;
import org.unionflow.aid.AidProcess;
import org.unionflow.motions.MotionProcess;
import org.unionflow.visits.VisitProcess;
import org.unionflow.visits.VisitRestScenario;

/**
 * For each process, a case worked through its kinds of step by the demo users: the trail lists start, decisions,
 * timers, messages, each person's decision with its values, payments and the end, in order, running or finished.
 */
@UnionFlowTest
class CaseTrailTests {

  @Autowired TrailCases cases;
  @Autowired VisitRestScenario visits;

  @Test
  void anOverdueVisitShowsItsDecisionTimerSupervisionStepsPaymentAndEnd() {
    String visit = visits.lateFuneral("PS-0011");
    cases.fireTimer(visit, VisitProcess.VISIT_OVERDUE);
    visits.plan("ps-officer1", visit);
    visits.record("ps-officer2", visit, 1000.0);

    Map<String, Object> running = cases.trail("ps-auditor1", visit);
    assertThat(running).containsEntry("state", "ACTIVE").containsEntry("startedBy", "ps-leader1")
        .containsEntry("endedAt", null);
    assertThat(entries(running)).noneMatch(e -> "CASE_ENDED".equals(e.get("kind")));
    assertThat(entries(running)).filteredOn(e -> values(e).get("status") != null)
        .extracting(e -> e.get("activityId") + ":" + values(e).get("status"))
        .containsExactly(VisitProcess.SUPERVISE_OVERDUE_VISIT + ":open", VisitProcess.PAY_CONDOLENCE_MONEY + ":open");

    visits.supervise(visit);
    visits.pay(visit);
    Map<String, Object> finished = cases.trail("ps-auditor1", visit);

    assertThat(finished).containsEntry("state", "COMPLETED").containsEntry("processDefinitionKey", VisitProcess.KEY);
    List<Map<String, Object>> entries = entries(finished);
    assertThat(entries).extracting(e -> e.get("kind") + ":" + e.get("activityId")).containsSubsequence(
        "CASE_STARTED:reportEvent", "DECISION:" + VisitProcess.DECIDE_VISIT_STANDARD,
        "TIMER:" + VisitProcess.VISIT_OVERDUE, "USER_TASK:" + VisitProcess.PLAN_VISIT,
        "USER_TASK:" + VisitProcess.RECORD_VISIT, "USER_TASK:" + VisitProcess.SUPERVISE_OVERDUE_VISIT,
        "USER_TASK:" + VisitProcess.PAY_CONDOLENCE_MONEY, "AUTOMATIC_STEP:" + VisitProcess.BOOK_CONDOLENCE_MONEY,
        "PAYMENT:null", "AUTOMATIC_STEP:" + VisitProcess.WRITE_VISIT_LEDGER, "CASE_ENDED:" + VisitProcess.VISIT_RECORDED);
    assertThat(entries.get(0)).containsEntry("actor", "ps-leader1");
    assertThat(values(entries.get(0))).containsEntry(VisitProcess.EVENT_TYPE, "FUNERAL")
        .containsEntry(VisitProcess.MEMBER_STAFF_NO, "PS-0011");
    // the start is what the leader submitted; what the process set afterwards is not theirs
    assertThat(values(entries.get(0))).doesNotContainKeys(VisitProcess.VISIT_ID, VisitProcess.LEAD_GROUP,
        VisitProcess.STANDARD_AMOUNT);
    // read as the forms showed it: labels for keys and chosen options, names for user ids
    Map<String, Map<String, Object>> fields = (Map<String, Map<String, Object>>) finished.get("fields");
    assertThat(fields.get(VisitProcess.EVENT_TYPE)).containsEntry("label", "Event type / 事件类型");
    assertThat((Map<String, Object>) fields.get(VisitProcess.EVENT_TYPE).get("options"))
        .containsEntry("FUNERAL", "Funeral / 丧事");
    assertThat(fields).containsKeys(VisitProcess.MONEY_HANDED_OVER, VisitProcess.SUPERVISION_NOTE);
    assertThat((Map<String, String>) finished.get("people")).containsKeys("ps-leader1", "ps-officer2")
        .allSatisfy((user, name) -> assertThat(name).matches("\\p{IsHan}{2,}"));
    Map<String, Object> standard = entries.stream().filter(e -> "DECISION".equals(e.get("kind"))).findFirst()
        .orElseThrow();
    assertThat((Map<String, Object>) values(standard).get("inputs")).containsValue("FUNERAL");
    assertThat((List<?>) values(standard).get("outputs")).isNotEmpty();

    List<Map<String, Object>> decided = entries.stream().filter(e -> e.get("step") != null).toList();
    assertThat(decided).extracting(e -> e.get("activityId")).containsExactly(VisitProcess.PLAN_VISIT,
        VisitProcess.RECORD_VISIT, VisitProcess.SUPERVISE_OVERDUE_VISIT, VisitProcess.PAY_CONDOLENCE_MONEY);
    assertThat(decided).extracting(e -> e.get("completedBy")).containsExactly("ps-officer1", "ps-officer2",
        "ps-chair", "ps-treasurer");
    assertThat(decided).extracting(e -> e.get("claimedBy")).containsExactly("ps-officer1", "ps-officer2",
        "ps-chair", "ps-treasurer");
    assertThat(decided).extracting(e -> e.get("step")).containsExactly(1, 2, 3, 4);
    assertThat(decided).allSatisfy(e -> {
      assertThat(e.get("chain")).isEqualTo("ok");
      assertThat((String) e.get("waited")).startsWith("PT");
      assertThat(e.get("createdAt")).isNotNull();
    });
    assertThat(values(decided.get(1))).containsEntry(VisitProcess.MONEY_HANDED_OVER, 1000.0)
        .containsEntry(VisitProcess.SITUATION, "Attended the farewell");
    assertThat(values(decided.get(2))).containsEntry(VisitProcess.SUPERVISION_NOTE, "Visited late: remind the officers");
    Map<String, Object> payment = entries.stream().filter(e -> "PAYMENT".equals(e.get("kind"))).findFirst()
        .orElseThrow();
    assertThat(payment).containsEntry("actor", "ps-treasurer");
    assertThat(values(payment)).containsEntry("amount", 1000.0).containsEntry("category", "CONDOLENCE")
        .containsKey("voucherNo");
    assertThat((Map<String, Object>) finished.get("chain")).containsEntry("intact", true).containsEntry("steps", 4);
  }

  @Test
  void aRejectedMotionEndsWithTheCommitteesReason() {
    String motion = cases.motion("Second canteen counter");
    // Camunda's comment resource looks the task up in the history, which only chair and auditors may read
    cases.comment("ps-chair", motion, "Discussed at the committee meeting of Monday");
    cases.rejectMotion(motion);

    Map<String, Object> trail = cases.trail("ps-chair", motion);

    assertThat(trail).containsEntry("state", "COMPLETED").containsEntry("startedBy", "ps-rep1");
    assertThat(entries(trail)).extracting(e -> e.get("kind") + ":" + e.get("activityId")).containsSubsequence(
        "CASE_STARTED:submitMotion", "AUTOMATIC_STEP:checkSignatures", "USER_TASK:" + MotionProcess.CONFIRM_CO_SIGNING,
        "USER_TASK:" + MotionProcess.REVIEW_MOTION, "CASE_ENDED:motionRejected");
    Map<String, Object> review = entries(trail).stream()
        .filter(e -> MotionProcess.REVIEW_MOTION.equals(e.get("activityId"))).findFirst().orElseThrow();
    // steps 1 and 2 are the co-signers' confirmations
    assertThat(review).containsEntry("completedBy", "ps-motions").containsEntry("step", 3);
    assertThat(values(review)).containsEntry(MotionProcess.DECISION, "REJECT")
        .containsEntry(MotionProcess.DECISION_REASON, "Outside the union's remit")
        .containsEntry("comments", List.of("ps-chair: Discussed at the committee meeting of Monday"));
  }

  @Test
  void anAcceptedMotionShowsTheHandlingDecisionEveryRoleAndThePublication() {
    String motion = cases.motion("Longer library hours");
    cases.handleMotion(motion);

    Map<String, Object> trail = cases.trail("ps-auditor2", motion);

    assertThat(trail).containsEntry("state", "COMPLETED");
    List<Map<String, Object>> entries = entries(trail);
    assertThat(entries).extracting(e -> e.get("kind") + ":" + e.get("activityId")).containsSubsequence(
        "CASE_STARTED:submitMotion", "USER_TASK:" + MotionProcess.REVIEW_MOTION,
        "DECISION:decideHandlingPeriods", "USER_TASK:" + MotionProcess.DRAFT_REPLY,
        "USER_TASK:" + MotionProcess.SIGN_OFF_REPLY, "USER_TASK:" + MotionProcess.GIVE_FEEDBACK,
        "AUTOMATIC_STEP:publishResult", "CASE_ENDED:motionArchived");
    assertThat(entries.stream().filter(e -> e.get("step") != null).map(e -> e.get("completedBy")))
        .containsExactly("ps-rep2", "ps-rep3", "ps-motions", "ps-dept-hr", "ps-principal", "ps-rep1");
    assertThat(entries.stream().filter(e -> MotionProcess.DRAFT_REPLY.equals(e.get("activityId"))).findFirst()
        .map(TrailCases::values).orElseThrow()).containsEntry(MotionProcess.REPLY_OUTCOME, "SOLVED");
  }

  @Test
  void aRunningAidCaseShowsEligibilityObjectionNoticeTimerApprovalAndPayment() {
    String aid = cases.aidApplication("PS-0012");
    cases.verifyAtHome(aid);
    cases.approveByCommittee(aid, 3000.0);
    cases.object(aid, "They own a second flat");
    cases.approveByCommittee(aid, 2500.0);
    cases.fireTimer(aid, AidProcess.NOTICE_PERIOD_ENDED);
    cases.approveAndPayAid(aid);

    Map<String, Object> trail = cases.trail("ps-auditor1", aid);

    // the case stays open: a follow-up visit and the yearly review of the hardship file are due
    assertThat(trail).containsEntry("state", "ACTIVE").containsEntry("startedBy", "ps-officer1");
    List<Map<String, Object>> entries = entries(trail);
    assertThat(entries).extracting(e -> e.get("kind") + ":" + e.get("activityId")).containsSubsequence(
        "CASE_STARTED:applyForAid", "DECISION:assessEligibility", "USER_TASK:" + AidProcess.VERIFY_AT_HOME,
        "USER_TASK:" + AidProcess.VERIFY_AT_HOME_AGAIN, "USER_TASK:" + AidProcess.REVIEW_CASE,
        "MESSAGE:objectionLodged", "USER_TASK:" + AidProcess.REVIEW_CASE, "TIMER:" + AidProcess.NOTICE_PERIOD_ENDED,
        "USER_TASK:" + AidProcess.APPROVE_AID, "USER_TASK:" + AidProcess.PAY_AID, "PAYMENT:null");
    assertThat(entries).noneMatch(e -> "CASE_ENDED".equals(e.get("kind")));
    assertThat(entries.stream().filter(e -> e.get("step") != null).map(e -> e.get("completedBy")))
        .containsExactly("ps-officer1", "ps-officer2", "ps-chair", "ps-chair", "ps-chair", "ps-treasurer");
    assertThat(entries.stream().filter(e -> AidProcess.REVIEW_CASE.equals(e.get("activityId")))
        .map(e -> values(e).get(AidProcess.APPROVED_AMOUNT))).containsExactly(3000.0, 2500.0);
    assertThat(entries.stream().filter(e -> "PAYMENT".equals(e.get("kind"))).map(e -> values(e).get("amount")))
        .containsExactly(2500.0);
  }
}
