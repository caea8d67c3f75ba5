package org.unionflow.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.unionflow.platform.FieldErrorsAssert.refusedFields;
import static org.unionflow.visits.VisitProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.unionflow.TestUnions;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.aid.AidCase;
import org.unionflow.aid.AidProcess;
import org.unionflow.aid.AidService;
import org.unionflow.aid.AidSource;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.platform.Groups;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.trail.ApprovalTrail;

/** Every path of {@code fiveMandatoryVisits}, driven through the engine API with the real services behind it. */
@UnionFlowTest
class VisitProcessTests {

  private static final LocalDate TODAY = UnionDay.today();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired VisitService visits;
  @Autowired AidService aid;
  @Autowired FundLedgerService fund;
  @Autowired ApprovalTrail trail;
  @Autowired TestUnions unions;
  @Autowired VisitScenario scenario;

  private String unionId;
  private ProcessInstance visit;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    unionId = unions.withCondolenceBudget("5000.00");
  }

  @Test
  void hospitalStayWithMoneyAndHardshipIsPaidBookedAndReferred() {
    report(EventType.HOSPITALISATION, TODAY.minusDays(1), 12);

    assertThat(visit).isWaitingAt(PLAN_VISIT).hasBusinessKey(visits.search(unionId, null, null, CasesAtStep.ALL,
        Pageable.ofSize(1)).getContent().get(0).getBusinessKey());
    assertThat(visit.getBusinessKey()).matches("VIS-" + TODAY.getYear() + "-\\d{3,}");
    assertThat(task(visit)).hasCandidateGroup(Groups.OFFICERS).hasDueDate(java.sql.Timestamp.from(
        TODAY.plusDays(2).atTime(23, 59, 59).atZone(UnionDay.ZONE).toInstant()));
    scenario.plan(visit);
    assertThat(visit).isWaitingAt(RECORD_VISIT);
    assertThat(task(visit)).hasCandidateGroup(Groups.OFFICERS);
    scenario.record(visit, "500.00", true);
    assertThat(visit).isWaitingAt(PAY_CONDOLENCE_MONEY);
    assertThat(task(visit)).hasCandidateGroup(Groups.TREASURER);
    scenario.pay(visit);

    assertThat(visit).hasPassed(BOOK_CONDOLENCE_MONEY, WRITE_VISIT_LEDGER, REFER_HARDSHIP, HARDSHIP_REFERRED)
        .isEnded();
    Visit ledgerLine = visits.find(unionId, visit.getBusinessKey());
    assertThat(ledgerLine.getStatus()).isEqualTo(VisitStatus.RECORDED);
    assertThat(ledgerLine.getStandardAmount()).isEqualByComparingTo("500.00");
    assertThat(ledgerLine.getMoneyHandedOver()).isEqualByComparingTo("500.00");
    assertThat(ledgerLine.getLedgerEntryId()).isNotNull();
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.CONDOLENCE)).isEqualByComparingTo("4500.00");
    // the referral is taken up at once: a hardship-aid case waits for an officer, linked to the visit
    assertThat(visits.openReferrals(unionId)).isEmpty();
    HardshipReferral referral = visits.referralOf(ledgerLine).orElseThrow();
    assertThat(referral.getDescription()).isEqualTo("Spouse out of work, two children");
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.TAKEN_UP);
    AidCase aidCase = aid.search(unionId, null, null, null, CasesAtStep.ALL, Pageable.ofSize(1)).getContent().get(0);
    assertThat(aidCase.getSource()).isEqualTo(AidSource.VISIT_REFERRAL);
    assertThat(aidCase.getVisitBusinessKey()).isEqualTo(visit.getBusinessKey());
    assertThat(aidCase.getReferralId()).isEqualTo(referral.getId());
    assertThat(aidCase.getDescription()).isEqualTo("Spouse out of work, two children");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(aidCase.getProcessInstanceId())
        .activityIdIn(AidProcess.COMPLETE_REFERRAL).count()).isOne();
    assertThat(trail.of(visit.getId())).extracting("taskDefinitionKey")
        .containsExactly(PLAN_VISIT, RECORD_VISIT, PAY_CONDOLENCE_MONEY);
    assertThat(trail.firstBrokenStep(visit.getId())).isEmpty();
  }

  @Test
  void retirementWithoutMoneyOrHardshipEndsWithoutPayment() {
    report(EventType.RETIREMENT, TODAY, null);

    scenario.plan(visit);
    scenario.record(visit, "0", false);

    assertThat(visit).hasPassed(WRITE_VISIT_LEDGER, VISIT_RECORDED).hasNotPassed(PAY_CONDOLENCE_MONEY, REFER_HARDSHIP)
        .isEnded();
    assertThat(visits.find(unionId, visit.getBusinessKey()).getStatus()).isEqualTo(VisitStatus.RECORDED);
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.CONDOLENCE)).isEqualByComparingTo("5000.00");
    assertThat(visits.openReferrals(unionId)).isEmpty();
  }

  @Test
  void childbirthIsLedByTheWomensCommittee() {
    report(EventType.CHILDBIRTH, TODAY.minusDays(2), null);

    assertThat(task(visit)).hasCandidateGroup(Groups.WOMENS_COMMITTEE).hasCandidateGroup(Groups.WOMENS_COMMITTEE);
    assertThat(visit).variables().containsEntry(LEAD_GROUP, Groups.WOMENS_COMMITTEE).containsEntry(STANDARD_AMOUNT, 300);
    scenario.plan(visit);
    assertThat(task(visit)).hasCandidateGroup(Groups.WOMENS_COMMITTEE);
  }

  @Test
  void overdueVisitEscalatesToChairWhileTheVisitTaskStays() {
    report(EventType.FUNERAL, TODAY.minusDays(5), null);
    Task planTask = task(PLAN_VISIT, visit);

    execute(job(visit));

    assertThat(visit).isWaitingAt(PLAN_VISIT, SUPERVISE_OVERDUE_VISIT);
    assertThat(task(SUPERVISE_OVERDUE_VISIT, visit)).hasCandidateGroup(Groups.CHAIR);
    assertThat(task(PLAN_VISIT, visit).getId()).isEqualTo(planTask.getId());
    String overdueFilter = filters.createFilterQuery().filterName("Overdue / 已逾期").singleResult().getId();
    assertThat(filters.<Task>list(overdueFilter)).extracting(Task::getId).contains(planTask.getId());

    claim(task(SUPERVISE_OVERDUE_VISIT, visit), "ps-chair");
    complete(task(SUPERVISE_OVERDUE_VISIT, visit), withVariables(SUPERVISION_NOTE, "Reminded the officers today"));
    assertThat(visit).hasPassed(SUPERVISION_DONE).isWaitingAt(PLAN_VISIT);
    Visit ledgerLine = visits.find(unionId, visit.getBusinessKey());
    assertThat(ledgerLine.getSupervisedBy()).isEqualTo("ps-chair");
    assertThat(ledgerLine.getSupervisionNote()).isEqualTo("Reminded the officers today");

    scenario.plan(visit);
    scenario.record(visit, "1000.00", false);
    scenario.pay(visit);
    assertThat(visit).hasPassed(VISIT_RECORDED).isEnded();
  }

  @Test
  void visitMadeInTimeCancelsTheDeadlineTimer() {
    report(EventType.WEDDING, TODAY, null);
    assertThat(job(visit)).isNotNull();
    assertThat(job(visit).getDuedate()).isEqualTo(java.sql.Timestamp.from(
        TODAY.plusDays(7).atTime(23, 59, 59).atZone(UnionDay.ZONE).toInstant()));

    scenario.plan(visit);
    scenario.record(visit, "200.00", false);

    assertThat(visit).isWaitingAt(PAY_CONDOLENCE_MONEY).hasNotPassed(SUPERVISE_OVERDUE_VISIT);
    assertThat(management.createJobQuery().processInstanceId(visit.getId()).count()).isZero();
  }

  @Test
  void exhaustedBudgetLineRefusesThePaymentAndTheTreasurersTaskStays() {
    unionId = unions.withCondolenceBudget("100.00");
    report(EventType.HOSPITALISATION, TODAY, 3);
    scenario.plan(visit);
    scenario.record(visit, "300.00", false);
    Task payment = task(PAY_CONDOLENCE_MONEY, visit);

    Throwable refused = catchThrowable(() -> complete(payment, withVariables(PAID_ON, TODAY.toString(),
        PAYMENT_METHOD, "CASH")));

    assertThat(refusedFields(refused)).containsExactly("amount");
    assertThat(refused).hasMessageContaining("has 100.00 yuan left");
    assertThat(visit).isWaitingAt(PAY_CONDOLENCE_MONEY);
    assertThat(task(PAY_CONDOLENCE_MONEY, visit).getId()).isEqualTo(payment.getId());
    assertThat(visits.find(unionId, visit.getBusinessKey()).getStatus()).isEqualTo(VisitStatus.VISITED);
    assertThat(fund.remaining(unionId, TODAY.getYear(), BudgetCategory.CONDOLENCE)).isEqualByComparingTo("100.00");
    assertThat(trail.of(visit.getId())).extracting("taskDefinitionKey").containsExactly(PLAN_VISIT, RECORD_VISIT);
  }

  @Test
  void malformedReportIsRefusedFieldByFieldAndNothingIsWritten() {
    Map<String, Object> report = scenario.reportOf(unionId, EventType.WEDDING, TODAY, null);
    report.put(EVENT_TYPE, "PARTY");
    report.put(EVENT_DATE, "yesterday");
    report.put(DETAILS, " ");

    Throwable refused = catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, report));

    assertThat(refusedFields(refused)).containsExactly(EVENT_TYPE, EVENT_DATE, DETAILS);
    assertThat(history.createHistoricProcessInstanceQuery().tenantIdIn(unionId).count()).isZero();
    assertThat(visits.search(unionId, null, null, CasesAtStep.ALL, Pageable.ofSize(1)).getTotalElements()).isZero();
  }

  @Test
  void reportOfAnUnknownMemberOrAnImpossibleDateIsRefused() {
    Map<String, Object> report = scenario.reportOf(unionId, EventType.HOSPITALISATION, TODAY.plusYears(1), null);
    report.put(MEMBER_STAFF_NO, "T-404");

    Throwable refused = catchThrowable(() -> runtime.startProcessInstanceByKey(KEY, report));

    assertThat(refusedFields(refused)).containsExactly(MEMBER_STAFF_NO, EVENT_DATE, DAYS_IN_HOSPITAL);
    assertThat(history.createHistoricProcessInstanceQuery().tenantIdIn(unionId).count()).isZero();
  }

  @Test
  void visitRecordedWithAFutureDateOrMoreThanTheStandardIsRefusedAndTheTaskStays() {
    report(EventType.HOSPITALISATION, TODAY, 2);
    scenario.plan(visit);
    Task record = task(RECORD_VISIT, visit);

    Throwable refused = catchThrowable(() -> complete(record, withVariables(VISIT_DATE, TODAY.plusDays(1).toString(),
        VISITORS, "Wang", SITUATION, "Resting at home after surgery", MONEY_HANDED_OVER, 300.001,
        HARDSHIP_FOUND, false)));
    assertThat(refusedFields(refused)).containsExactly(MONEY_HANDED_OVER);

    refused = catchThrowable(() -> complete(record, withVariables(VISIT_DATE, TODAY.plusDays(1).toString(),
        VISITORS, "Wang", SITUATION, "Resting at home after surgery", MONEY_HANDED_OVER, 800,
        HARDSHIP_FOUND, true)));
    assertThat(refusedFields(refused)).containsExactly(VISIT_DATE, MONEY_HANDED_OVER, HARDSHIP_NOTE);

    assertThat(visit).isWaitingAt(RECORD_VISIT);
    assertThat(visits.find(unionId, visit.getBusinessKey()).getStatus()).isEqualTo(VisitStatus.PLANNED);
  }

  @Test
  void visitorsAreTheUnionsOfficersChosenByNamePlusOthersTypedInChinese() {
    String officer = unionId + "-wangli";
    User user = identity.newUser(officer);
    user.setFirstName("丽");
    user.setLastName("王");
    identity.saveUser(user);
    identity.createMembership(officer, Groups.OFFICERS);
    if (identity.createTenantQuery().tenantId(unionId).count() == 0) {
      identity.saveTenant(identity.newTenant(unionId));
    }
    identity.createTenantUserMembership(unionId, officer);
    report(EventType.HOSPITALISATION, TODAY, 2);
    Task plan = task(PLAN_VISIT, visit);
    assertThat(tasks.getVariableLocal(plan.getId(), OFFICER_CHOICES).toString()).contains("王丽", officer)
        .doesNotContain("ps-officer1");

    Throwable nobody = catchThrowable(() -> complete(plan, withVariables(PLANNED_DATE, TODAY.toString())));
    assertThat(refusedFields(nobody)).containsExactly(PLANNED_OFFICERS);
    Throwable otherUnion = catchThrowable(() -> complete(plan, withVariables(PLANNED_DATE, TODAY.toString(),
        PLANNED_OFFICERS, chosen("ps-officer1"))));
    assertThat(refusedFields(otherUnion)).containsExactly(PLANNED_OFFICERS);
    assertThat(otherUnion).hasMessageContaining("请从列表中选择 / must be one of the listed choices");
    complete(plan, withVariables(PLANNED_DATE, TODAY.toString(), PLANNED_OFFICERS, chosen(officer),
        PLANNED_VISITORS, "退休教师李强，赵敏"));

    assertThat(visits.find(unionId, visit.getBusinessKey()).getPlannedVisitors()).isEqualTo("王丽、退休教师李强，赵敏");
    complete(task(RECORD_VISIT, visit), withVariables(VISIT_DATE, TODAY.toString(), VISITING_OFFICERS,
        chosen(officer), SITUATION, "Resting at home after surgery", MONEY_HANDED_OVER, 0, HARDSHIP_FOUND, false));
    assertThat(visits.find(unionId, visit.getBusinessKey()).getVisitors()).isEqualTo("王丽");
    assertThat(trail.of(visit.getId()).get(0).getSubmittedValues())
        .contains("\"plannedOfficers\":[\"" + officer + "\"]");
  }

  private static TypedValue chosen(String... values) {
    return SpinValues.jsonValue(Spin.JSON(List.of(values))).create();
  }

  private void report(EventType eventType, LocalDate eventDate, Integer daysInHospital) {
    visit = scenario.report(scenario.reportOf(unionId, eventType, eventDate, daysInHospital));
  }
}
