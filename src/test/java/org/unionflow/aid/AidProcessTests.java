package org.unionflow.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.unionflow.aid.AidProcess.*;
import static org.unionflow.platform.FieldErrorsAssert.refusedFields;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.Groups;
import org.unionflow.platform.engine.UnionTenantIdProvider;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.trail.ApprovalTrail;

/** Every path of {@code hardshipAid}, driven through the engine API with the real services behind it. */
@UnionFlowTest
class AidProcessTests {

  private static final LocalDate TODAY = UnionDay.today();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired AidService aid;
  @Autowired FundLedgerService fund;
  @Autowired ApprovalTrail trail;
  @Autowired AidScenario scenario;

  private String unionId;
  private ProcessInstance aidCase;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    unionId = scenario.newUnion("5000.00", "20000.00");
  }

  @Test
  void applicationIsVerifiedReviewedNoticedApprovedPaidAndFiled() {
    aidCase = scenario.atVerifyAtHome(unionId);

    assertThat(aidCase.getBusinessKey()).matches("AID-" + TODAY.getYear() + "-\\d{3,}");
    assertThat(aidCase).isWaitingAt(VERIFY_AT_HOME).variables().containsEntry(ELIGIBLE, true)
        .containsEntry(LEVEL, "GENERAL").containsEntry(SUGGESTED_AMOUNT, 2000).containsEntry(MAX_AMOUNT, 4000);
    assertThat(task(aidCase)).hasCandidateGroup(Groups.OFFICERS);
    scenario.verifyTwice(aidCase);
    assertThat(task(REVIEW_CASE, aidCase)).hasCandidateGroup(Groups.COMMITTEE);
    scenario.approveByCommittee(aidCase, 2000.00);

    assertThat(aidCase).hasPassed(PUBLISH_NOTICE).isWaitingAt(AWAIT_NOTICE_OUTCOME);
    AidCase record = aid.find(unionId, aidCase.getBusinessKey());
    assertThat(record.getStatus()).isEqualTo(AidStatus.UNDER_NOTICE);
    assertThat(record.getNoticeEnds()).isEqualTo(fiveWorkingDaysAfter(TODAY));
    assertThat(aid.underNotice(unionId)).extracting(AidCase::getBusinessKey).containsExactly(aidCase.getBusinessKey());
    execute(job(NOTICE_PERIOD_ENDED, aidCase));

    assertThat(task(APPROVE_AID, aidCase)).hasCandidateGroup(Groups.CHAIR);
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getStatus()).isEqualTo(AidStatus.AWAITING_APPROVAL);
    scenario.approveAs(aidCase, APPROVE_AID, "ps-chair");
    assertThat(task(PAY_AID, aidCase)).hasCandidateGroup(Groups.TREASURER);
    scenario.pay(aidCase);

    assertThat(aidCase).hasPassed(BOOK_AID, UPDATE_HARDSHIP_FILE).hasNotPassed(APPROVE_AT_HIGHER_LEVEL)
        .isWaitingAt(FOLLOW_UP_DUE, REVIEW_DUE);
    record = aid.find(unionId, aidCase.getBusinessKey());
    assertThat(record.getStatus()).isEqualTo(AidStatus.PAID);
    assertThat(record.getVoucherNo()).startsWith("PZ-");
    assertThat(record.getFirstVerifier()).isEqualTo("ps-officer1");
    assertThat(record.getSecondVerifier()).isEqualTo("ps-officer2");
    assertThat(record.getApprovedByChair()).isEqualTo("ps-chair");
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.HARDSHIP_AID)).isEqualByComparingTo("18000.00");
    HardshipFile file = aid.fileOf(unionId, "T-1").orElseThrow();
    assertThat(file.getHardshipLevel()).isEqualTo(HardshipLevel.GENERAL);
    assertThat(file.getSince()).isEqualTo(TODAY);
    assertThat(file.getNextReviewOn()).isEqualTo(TODAY.plusYears(1));
    assertThat(aid.aidReceived(file)).extracting(AidCase::getBusinessKey).containsExactly(aidCase.getBusinessKey());
    assertThat(job(FOLLOW_UP_DUE, aidCase).getDuedate()).isEqualTo(java.sql.Timestamp.from(
        TODAY.plusDays(30).atStartOfDay(UnionDay.ZONE).toInstant()));
    assertThat(trail.of(aidCase.getId())).extracting("taskDefinitionKey")
        .containsExactly(VERIFY_AT_HOME, VERIFY_AT_HOME_AGAIN, REVIEW_CASE, APPROVE_AID, PAY_AID);
    assertThat(trail.firstBrokenStep(aidCase.getId())).isEmpty();

    execute(job(FOLLOW_UP_DUE, aidCase));
    assertThat(task(FOLLOW_UP_VISIT, aidCase)).hasCandidateGroup(Groups.OFFICERS);
    complete(task(FOLLOW_UP_VISIT, aidCase), withVariables(FOLLOW_UP_NOTE, "Spouse found work, children at school"));
    assertThat(aidCase).hasPassed(FOLLOW_UP_DONE).isWaitingAt(REVIEW_DUE);
    assertThat(aid.history(file)).extracting(HardshipFileChange::getWhatChanged)
        .anyMatch(change -> change.startsWith("Follow-up visit / 回访"));
  }

  @Test
  void yearlyReviewKeepsChangesThenClosesTheFile() {
    aidCase = scenario.atPayAid(unionId, 1200.00, 2000.00);
    scenario.pay(aidCase);
    execute(job(FOLLOW_UP_DUE, aidCase));
    complete(task(FOLLOW_UP_VISIT, aidCase), withVariables(FOLLOW_UP_NOTE, "Doing better than last month"));

    execute(job(REVIEW_DUE, aidCase));
    assertThat(task(REVIEW_HARDSHIP_FILE, aidCase)).hasCandidateGroup(Groups.OFFICERS);
    Throwable refused = catchThrowable(() -> complete(task(REVIEW_HARDSHIP_FILE, aidCase),
        withVariables(FILE_DECISION, "CHANGE_LEVEL")));
    assertThat(refusedFields(refused)).containsExactly(NEW_LEVEL);
    complete(task(REVIEW_HARDSHIP_FILE, aidCase), withVariables(FILE_DECISION, "CHANGE_LEVEL", NEW_LEVEL, "EXTREME",
        REVIEW_NOTE, "Spouse fell ill"));
    assertThat(aidCase).isWaitingAt(REVIEW_DUE);
    assertThat(aid.fileOf(unionId, "T-1").orElseThrow().getHardshipLevel()).isEqualTo(HardshipLevel.EXTREME);

    execute(job(REVIEW_DUE, aidCase));
    complete(task(REVIEW_HARDSHIP_FILE, aidCase), withVariables(FILE_DECISION, "KEEP"));
    execute(job(REVIEW_DUE, aidCase));
    complete(task(REVIEW_HARDSHIP_FILE, aidCase), withVariables(FILE_DECISION, "CLOSE", REVIEW_NOTE,
        "Household income recovered"));

    assertThat(aidCase).hasPassed(FILE_CLOSED).isEnded();
    HardshipFile file = aid.fileOf(unionId, "T-1").orElseThrow();
    assertThat(file.isClosed()).isTrue();
    assertThat(file.getNextReviewOn()).isNull();
    assertThat(aid.history(file)).extracting(HardshipFileChange::getWhatChanged).hasSize(5)
        .last().asString().contains("closed").contains("Household income recovered");
  }

  @Test
  void aSecondPaymentUpdatesTheExistingFile() {
    aidCase = scenario.atPayAid(unionId, 1200.00, 2000.00);
    scenario.pay(aidCase);
    String firstCase = aidCase.getBusinessKey();
    aidCase = scenario.atPayAid(unionId, 700.00, 3000.00);
    scenario.pay(aidCase);

    HardshipFile file = aid.fileOf(unionId, "T-1").orElseThrow();
    assertThat(file.getHardshipLevel()).isEqualTo(HardshipLevel.EXTREME);
    assertThat(file.getSince()).isEqualTo(TODAY);
    assertThat(aid.aidReceived(file)).extracting(AidCase::getBusinessKey)
        .containsExactlyInAnyOrder(firstCase, aidCase.getBusinessKey());
    assertThat(aid.history(file)).extracting(HardshipFileChange::getBusinessKey)
        .containsExactly(firstCase, aidCase.getBusinessKey());
  }

  @Test
  void groupLeadersNominationRecordsTheNominator() {
    Map<String, Object> nomination = scenario.application(unionId, AidSource.NOMINATION, AidCategory.SINGLE_PARENT,
        2, 1300.00);
    nomination.put(NOMINATED_BY, "Li Hua, Chinese group leader");
    aidCase = runtime.startProcessInstanceByKey(KEY, nomination);

    assertThat(aidCase).isWaitingAt(VERIFY_AT_HOME);
    AidCase record = aid.find(unionId, aidCase.getBusinessKey());
    assertThat(record.getSource()).isEqualTo(AidSource.NOMINATION);
    assertThat(record.getNominatedBy()).isEqualTo("Li Hua, Chinese group leader");
  }

  @Test
  void visitReferralOpensACaseThatAnOfficerCompletes() {
    Map<String, Object> referral = new HashMap<>();
    referral.put(UnionTenantIdProvider.UNION_ID, unionId);
    referral.put(SOURCE, AidSource.VISIT_REFERRAL.name());
    referral.put(MEMBER_STAFF_NO, "T-1");
    referral.put(DESCRIPTION, "Spouse out of work, two children");
    referral.put(REFERRAL_ID, 42L);
    referral.put(VISIT_BUSINESS_KEY, "VIS-2026-042");
    aidCase = runtime.startProcessInstanceByMessage(REFERRAL_MESSAGE, referral);

    assertThat(aidCase).hasPassed(OPEN_REFERRED_CASE).isWaitingAt(COMPLETE_REFERRAL);
    assertThat(task(aidCase)).hasCandidateGroup(Groups.OFFICERS);
    complete(task(aidCase), AidScenario.applicationFigures(AidCategory.LOW_INCOME, 4, 1000.00));

    assertThat(aidCase).isWaitingAt(VERIFY_AT_HOME).variables().containsEntry(SUGGESTED_AMOUNT, 2500);
    AidCase record = aid.find(unionId, aidCase.getBusinessKey());
    assertThat(record.getSource()).isEqualTo(AidSource.VISIT_REFERRAL);
    assertThat(record.getVisitBusinessKey()).isEqualTo("VIS-2026-042");
    assertThat(record.getReferralId()).isEqualTo(42L);
    assertThat(record.getHouseholdSize()).isEqualTo(4);
  }

  @Test
  void notEligibleEndsWithTheReasonRecorded() {
    aidCase = scenario.apply(unionId, AidSource.APPLICATION, AidCategory.LOW_INCOME, 3, 2600.00);

    assertThat(aidCase).hasPassed(ASSESS_ELIGIBILITY, RECORD_ELIGIBILITY, NOT_ELIGIBLE).isEnded();
    AidCase record = aid.find(unionId, aidCase.getBusinessKey());
    assertThat(record.getStatus()).isEqualTo(AidStatus.NOT_ELIGIBLE);
    assertThat(record.getEligible()).isFalse();
    assertThat(record.getEligibilityReason()).contains("above the local threshold");
  }

  @Test
  void committeeReturnsForInformationThenReviewsAgain() {
    aidCase = scenario.atReviewCase(unionId);
    complete(task(REVIEW_CASE, aidCase), withVariables(DECISION_VALUE, "RETURN", DECISION_REASON,
        "Add the hospital invoices"));

    assertThat(task(PROVIDE_INFORMATION, aidCase)).hasCandidateGroup(Groups.OFFICERS);
    assertThat(aidCase).variables().containsEntry(INFORMATION_REQUESTED, "Add the hospital invoices")
        .doesNotContainKey(DECISION_REASON);
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getStatus()).isEqualTo(AidStatus.INFORMATION_REQUESTED);
    Map<String, Object> figures = AidScenario.applicationFigures(AidCategory.SERIOUS_ILLNESS, 3, 1200.00);
    figures.put(MEDICAL_COSTS, 80000.00);
    figures.put(DOCUMENTS, "Hospital invoices 2026-03 to 2026-06");
    complete(task(PROVIDE_INFORMATION, aidCase), figures);

    assertThat(aidCase).isWaitingAt(VERIFY_AT_HOME).variables().containsEntry(LEVEL, "EXTREME")
        .containsEntry(MAX_AMOUNT, 10000);
    scenario.verifyTwice(aidCase);
    assertThat(aidCase).isWaitingAt(REVIEW_CASE);
    complete(task(REVIEW_CASE, aidCase), withVariables(DECISION_VALUE, "REJECT", DECISION_REASON,
        "Costs are covered by insurance"));
    assertThat(aidCase).hasPassed(CASE_REJECTED).isEnded();
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getDocuments()).contains("Hospital invoices");
  }

  @Test
  void objectionDuringNoticeSendsTheCaseBackToTheCommittee() {
    aidCase = scenario.atReviewCase(unionId);
    complete(task(REVIEW_CASE, aidCase), withVariables(DECISION_VALUE, "APPROVE", APPROVED_AMOUNT, 4500.00,
        DECISION_REASON, "Second child starts university / 次子入学"));

    aid.lodgeObjection(unionId, aidCase.getBusinessKey(), "The family owns a second flat", "ps-leader1");

    assertThat(aidCase).hasPassed(OBJECTION_LODGED).isWaitingAt(REVIEW_CASE).variables()
        .containsEntry(OBJECTION, "The family owns a second flat");
    AidCase record = aid.find(unionId, aidCase.getBusinessKey());
    assertThat(record.getStatus()).isEqualTo(AidStatus.UNDER_REVIEW);
    assertThat(aid.objections(record)).extracting(AidObjection::getLodgedBy).containsExactly("ps-leader1");
    Throwable refused = catchThrowable(() -> aid.lodgeObjection(unionId, aidCase.getBusinessKey(), "Again", "x"));
    assertThat(refusedFields(refused)).containsExactly("businessKey");
    assertThat(aid.objections(record)).hasSize(1);

    // the first decision's reason for exceeding the maximum does not carry over to the new review
    Throwable unexplained = catchThrowable(() -> scenario.approveByCommittee(aidCase, 4500.00));
    assertThat(refusedFields(unexplained)).containsExactly(APPROVED_AMOUNT);
    scenario.approveByCommittee(aidCase, 1500.00);
    assertThat(aidCase).isWaitingAt(AWAIT_NOTICE_OUTCOME);
  }

  @Test
  void amountAboveTheLimitAlsoNeedsTheHigherLevelUnion() {
    aidCase = scenario.atApproveAid(unionId, AidCategory.SERIOUS_ILLNESS, 80000.00, 6000.00);
    scenario.approveAs(aidCase, APPROVE_AID, "ps-chair");

    assertThat(task(APPROVE_AT_HIGHER_LEVEL, aidCase)).hasCandidateGroup(Groups.HIGHER_LEVEL);
    scenario.approveAs(aidCase, APPROVE_AT_HIGHER_LEVEL, "county-officer");
    assertThat(aidCase).isWaitingAt(PAY_AID);
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getApprovedAtHigherLevelBy()).isEqualTo("county-officer");
  }

  @Test
  void higherLevelOrChairMayRefuseWithAReason() {
    aidCase = scenario.atApproveAid(unionId, AidCategory.SERIOUS_ILLNESS, 80000.00, 6000.00);
    scenario.approveAs(aidCase, APPROVE_AID, "ps-chair");
    Throwable refused = catchThrowable(() -> complete(task(APPROVE_AT_HIGHER_LEVEL, aidCase),
        withVariables(APPROVAL, REFUSED)));
    assertThat(refusedFields(refused)).containsExactly(APPROVAL_COMMENT);
    complete(task(APPROVE_AT_HIGHER_LEVEL, aidCase), withVariables(APPROVAL, REFUSED, APPROVAL_COMMENT,
        "Exceeds this year's county quota"));
    assertThat(aidCase).hasPassed(AID_REFUSED_AT_HIGHER_LEVEL).isEnded();
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getStatus()).isEqualTo(AidStatus.REFUSED);

    aidCase = scenario.atApproveAid(unionId, AidCategory.LOW_INCOME, 0, 2000.00);
    complete(task(APPROVE_AID, aidCase), withVariables(APPROVAL, REFUSED, APPROVAL_COMMENT, "Apply next term"));
    assertThat(aidCase).hasPassed(AID_REFUSED).isEnded();
  }

  @Test
  void exhaustedAidLineRefusesThePaymentUnlessTheCommitteeDecidedOverBudget() {
    unionId = scenario.newUnion("100.00", "1000.00");
    aidCase = scenario.atPayAid(unionId, 1200.00, 2000.00);
    Task payment = task(PAY_AID, aidCase);

    Throwable refused = catchThrowable(() -> scenario.pay(aidCase));

    assertThat(refusedFields(refused)).containsExactly("amount");
    assertThat(task(PAY_AID, aidCase).getId()).isEqualTo(payment.getId());
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getStatus()).isEqualTo(AidStatus.APPROVED);
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.HARDSHIP_AID)).isEqualByComparingTo("1000.00");

    aidCase = scenario.atReviewCase(unionId);
    complete(task(REVIEW_CASE, aidCase), withVariables(DECISION_VALUE, "APPROVE", APPROVED_AMOUNT, 2000.00,
        OVER_BUDGET, true, DECISION_REASON, "Collective decision beyond the line / 集体研究超预算支出"));
    execute(job(NOTICE_PERIOD_ENDED, aidCase));
    scenario.approveAs(aidCase, APPROVE_AID, "ps-chair");
    scenario.pay(aidCase);
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getStatus()).isEqualTo(AidStatus.PAID);
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.HARDSHIP_AID)).isEqualByComparingTo("-1000.00");
  }

  @Test
  void malformedApplicationIsRefusedFieldByFieldAndNothingIsWritten() {
    Map<String, Object> application = scenario.application(unionId, AidSource.NOMINATION, AidCategory.LOW_INCOME,
        0, -5.00);
    application.put(MEDICAL_COSTS, 99999999.00);

    Throwable refused = catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, application));

    assertThat(refusedFields(refused)).containsExactly(HOUSEHOLD_SIZE, INCOME_PER_HEAD, MEDICAL_COSTS);
    application.put(HOUSEHOLD_SIZE, 3);
    application.put(INCOME_PER_HEAD, 1200.00);
    application.put(MEDICAL_COSTS, 0);
    application.put(MEMBER_STAFF_NO, "T-404");
    refused = catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, application));
    assertThat(refusedFields(refused)).containsExactly(MEMBER_STAFF_NO, NOMINATED_BY);
    assertThat(history.createHistoricProcessInstanceQuery().tenantIdIn(unionId).count()).isZero();
    assertThat(aid.search(unionId, null, null, null, CasesAtStep.ALL, Pageable.ofSize(1)).getTotalElements()).isZero();
  }

  @Test
  void theSameOfficerCannotVerifyTwice() {
    aidCase = scenario.atVerifyAtHome(unionId);
    scenario.verify(aidCase, VERIFY_AT_HOME, "ps-officer1");
    Task second = task(VERIFY_AT_HOME_AGAIN, aidCase);

    // told when taking the task, before filling anything in
    identity.setAuthentication("ps-officer1", List.of(Groups.OFFICERS), List.of(unionId));
    Throwable claimRefused;
    try {
      claimRefused = catchThrowable(() -> tasks.claim(second.getId(), "ps-officer1"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(claimRefused).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("ps-officer1 已办理本案的上一环节").hasMessageContaining("another person must do this one");
    assertThat(task(VERIFY_AT_HOME_AGAIN, aidCase).getAssignee()).isNull();

    // and refused on completion, however the task reached him
    Throwable refused = catchThrowable(() -> scenario.verify(aidCase, VERIFY_AT_HOME_AGAIN, "ps-officer1"));

    assertThat(refusedFields(refused)).containsExactly("verifiedBy");
    assertThat(aidCase).isWaitingAt(VERIFY_AT_HOME_AGAIN);
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getSecondVerifier()).isNull();
  }

  @Test
  void theSecondVerificationStartsEmptyAndBothAreKept() {
    aidCase = scenario.atVerifyAtHome(unionId);
    scenario.verify(aidCase, VERIFY_AT_HOME, "ps-officer1");
    Task second = task(VERIFY_AT_HOME_AGAIN, aidCase);

    // what the second officer's form is filled with
    assertThat(tasks.getVariables(second.getId())).containsEntry(FINDINGS, null).containsEntry(RECOMMENDATION, null);
    claim(second, "ps-officer2");
    Throwable unfilled = catchThrowable(() -> complete(second));
    assertThat(refusedFields(unfilled)).containsExactly(FINDINGS, RECOMMENDATION);
    complete(second, withVariables(FINDINGS, "Second visit: the roof leaks, no heating",
        RECOMMENDATION, "DO_NOT_SUPPORT"));

    AidCase record = aid.find(unionId, aidCase.getBusinessKey());
    assertThat(record.getFirstFindings()).isEqualTo(AidScenario.FINDINGS_TEXT);
    assertThat(record.getSecondFindings()).isEqualTo("Second visit: the roof leaks, no heating");
    assertThat(record.getSecondRecommendation()).isEqualTo("DO_NOT_SUPPORT");
    assertThat(trail.of(aidCase.getId())).extracting("claimedBy").containsExactly("ps-officer1", "ps-officer2");
    assertThat(trail.of(aidCase.getId())).extracting("submittedValues").asString()
        .contains("the situation is as described").contains("the roof leaks");
    assertThat(aidCase).isWaitingAt(REVIEW_CASE);
  }

  @Test
  void committeeDecisionsWithoutAmountOrReasonAreRefused() {
    aidCase = scenario.atReviewCase(unionId);
    Task review = task(REVIEW_CASE, aidCase);

    assertThat(refusedFields(catchThrowable(() -> complete(review, withVariables(DECISION_VALUE, "APPROVE",
        APPROVED_AMOUNT, 4000.01))))).containsExactly(APPROVED_AMOUNT);
    assertThat(refusedFields(catchThrowable(() -> complete(review, withVariables(DECISION_VALUE, "APPROVE")))))
        .containsExactly(APPROVED_AMOUNT);
    assertThat(refusedFields(catchThrowable(() -> complete(review, withVariables(DECISION_VALUE, "REJECT")))))
        .containsExactly(DECISION_REASON);
    assertThat(refusedFields(catchThrowable(() -> complete(review, withVariables(DECISION_VALUE, "APPROVE",
        APPROVED_AMOUNT, -1.00))))).containsExactly(APPROVED_AMOUNT);
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getDecision()).isNull();

    complete(review, withVariables(DECISION_VALUE, "APPROVE", APPROVED_AMOUNT, 4500.00, DECISION_REASON,
        "Second child starts university / 次子入学"));
    assertThat(aid.find(unionId, aidCase.getBusinessKey()).getApprovedAmount()).isEqualByComparingTo("4500.00");
  }

  static LocalDate fiveWorkingDaysAfter(LocalDate day) {
    LocalDate current = day;
    for (int counted = 0; counted < 5; ) {
      current = current.plusDays(1);
      if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return current;
  }
}
