package org.unionflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.unionflow.audit.AuditProcess.*;
import static org.unionflow.audit.AuditScenario.row;
import static org.unionflow.audit.AuditScenario.rows;
import static org.unionflow.platform.FieldErrorsAssert.refusedFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.fund.FundTestUnions;
import org.unionflow.platform.Groups;

/** Every path of {@code fundAudit}, driven through the engine API with the real services behind it. */
@UnionFlowTest
class AuditProcessTests {

  private static final LocalDate TODAY = UnionDay.today();
  private static final LocalDate YEAR_START = TODAY.withDayOfYear(1);
  private static final LocalDate YEAR_END = YEAR_START.plusYears(1).minusDays(1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AuditService audits;
  @Autowired AuditOpening opening;
  @Autowired AuditScenario scenario;

  private FundTestUnions.FundUnion union;
  private FundAudit audit;
  private ProcessInstance instance;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    union = scenario.newUnionWithPayments();
  }

  @Test
  void aCleanAuditIsReviewedByEveryAuditorApprovedByMajorityAndPublished() {
    audit = scenario.request(union);
    instance = scenario.instance(audit);
    assertThat(audit.getBusinessKey()).matches("AUD-" + TODAY.getYear() + "-\\d{3,}");
    assertThat(instance).hasPassed(AUDIT_REQUESTED, OPEN_AUDIT).isWaitingAt(PREPARE_AUDIT_PACKAGE);
    assertThat(task(PREPARE_AUDIT_PACKAGE)).hasCandidateGroup(Groups.TREASURER);
    assertThat((String) runtime.getVariable(instance.getId(), PACKAGE_SUMMARY)).contains("3600.00").contains("7");

    scenario.confirmPackage(instance, union);
    assertThat(audits.samples(audit)).hasSize(6).filteredOn(s -> s.getReason().equals(AuditSample.ABOVE_THRESHOLD))
        .extracting(AuditSample::getAmount).containsExactly(new BigDecimal("1500.00"));
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVIEW_VOUCHERS).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder(union.auditor(1), union.auditor(2), union.auditor(3));
    assertThat(scenario.rows(scenario.reviewOf(instance, union.auditor(1)), FINDINGS))
        .extracting(row -> row.get(VOUCHER_NO))
        .containsExactlyElementsOf(audits.samples(audit).stream().map(AuditSample::getVoucherNo).toList());
    for (int i = 1; i <= 3; i++) {
      scenario.review(instance, union.auditor(i), Map.of());
    }

    assertThat(instance).hasPassed(COLLECT_FINDINGS).hasNotPassed(RECTIFY_FINDINGS).isWaitingAt(DRAFT_AUDIT_REPORT);
    scenario.draftReport(instance, "The fund was used as budgeted / 经费使用符合预算");
    scenario.voteOnReport(instance, union, FOR, FOR, AGAINST);

    assertThat(instance).hasPassed(COUNT_REPORT_VOTES, PUBLISH_AUDIT_REPORT, AUDIT_REPORT_PUBLISHED).isEnded();
    FundAudit published = record();
    assertThat(published.getStatus()).isEqualTo(AuditStatus.PUBLISHED);
    assertThat(published.getExpenseTotal()).isEqualByComparingTo("3600.00");
    assertThat(published.getVoucherCount()).isEqualTo(7);
    assertThat(published.getVotesFor()).isEqualTo(2);
    assertThat(published.getPackageConfirmedBy()).isEqualTo(union.treasurer());
    assertThat(audits.findings(published)).hasSize(18).allMatch(f -> f.getStatus() == FindingStatus.OK);
  }

  @Test
  void findingsGoToRectificationAndReCheckUntilNoneIsOpen() {
    audit = scenario.atReviewVouchers(union);
    instance = scenario.instance(audit);
    String voucher = audits.samples(audit).get(0).getVoucherNo();
    scenario.review(instance, union.auditor(1), Map.of(voucher, "receipt missing / 缺发票"));
    scenario.review(instance, union.auditor(2), Map.of());
    scenario.review(instance, union.auditor(3), Map.of());

    assertThat(instance).isWaitingAt(RECTIFY_FINDINGS).variables().containsEntry(OPEN_FINDINGS, 1L);
    Task rectify = task(RECTIFY_FINDINGS);
    assertThat(tasks.getIdentityLinksForTask(rectify.getId())).extracting("groupId")
        .contains(Groups.TREASURER, Groups.COMMITTEE);
    List<Map<String, Object>> open = scenario.rows(rectify, RESPONSES);
    assertThat(open).hasSize(1);
    Object findingNo = open.get(0).get(FINDING);
    assertThat(refusedFields(catchThrowable(() -> complete(rectify, withVariables(RESPONSES,
        rows(List.of(row(FINDING, findingNo, RESPONSE, " ")))))))).containsExactly(RESPONSES + "[0]." + RESPONSE);
    complete(rectify, withVariables(RESPONSES, rows(List.of(row(FINDING, findingNo, RESPONSE, "receipt filed")))));

    Task recheck = task(RECHECK_FINDINGS);
    assertThat(scenario.rows(recheck, RECHECKS)).extracting(row -> row.get(FINDING)).containsExactly(findingNo);
    assertThat(refusedFields(catchThrowable(() -> complete(recheck, withVariables(RECHECKS,
        rows(List.of(row(FINDING, findingNo, RESULT, OPEN, NOTE, "")))))))).containsExactly(RECHECKS + "[0]." + NOTE);
    complete(recheck, withVariables(RECHECKS, rows(List.of(row(FINDING, findingNo, RESULT, OPEN, NOTE,
        "the receipt is not signed")))));
    assertThat(instance).isWaitingAt(RECTIFY_FINDINGS);
    assertThat(scenario.rows(task(RECTIFY_FINDINGS), RESPONSES)).extracting(row -> row.get(FINDING))
        .containsExactly(findingNo);
    complete(task(RECTIFY_FINDINGS), withVariables(RESPONSES, rows(List.of(row(FINDING, findingNo, RESPONSE,
        "signed by the payee")))));
    complete(task(RECHECK_FINDINGS), withVariables(RECHECKS, rows(List.of(row(FINDING, findingNo, RESULT, RESOLVED,
        NOTE, "")))));

    assertThat(instance).isWaitingAt(DRAFT_AUDIT_REPORT).variables().containsEntry(OPEN_FINDINGS, 0L);
    AuditFinding finding = audits.findings(record()).stream().filter(f -> f.getResult().equals(ISSUE)).findFirst()
        .orElseThrow();
    assertThat(finding.getId().toString()).isEqualTo(findingNo);
    assertThat(finding.getStatus()).isEqualTo(FindingStatus.RESOLVED);
    assertThat(finding.getText()).isEqualTo("receipt missing / 缺发票");
    assertThat(finding.getResponse()).isEqualTo("signed by the payee");
    assertThat(finding.getAuditor()).isEqualTo(union.auditor(1));
  }

  @Test
  void aReviewThatDropsRepeatsOrInventsAVoucherIsRefusedRowByRowAndNothingIsRecorded() {
    audit = scenario.atReviewVouchers(union);
    instance = scenario.instance(audit);
    List<String> sampled = audits.samples(audit).stream().map(AuditSample::getVoucherNo).toList();
    Task review = scenario.reviewOf(instance, union.auditor(1));

    Throwable refused = catchThrowable(() -> complete(review, withVariables(FINDINGS, rows(List.of(
        row(VOUCHER_NO, sampled.get(0), RESULT, OK, NOTE, ""),
        row(VOUCHER_NO, sampled.get(0), RESULT, OK, NOTE, ""),
        row(VOUCHER_NO, "PZ-1999-0001", RESULT, OK, NOTE, ""),
        row(VOUCHER_NO, sampled.get(1), RESULT, "MAYBE", NOTE, ""),
        row(VOUCHER_NO, sampled.get(2), RESULT, OK, NOTE, "", "amount", "1.00"))))));

    assertThat(refusedFields(refused)).containsExactlyInAnyOrder("findings[1].voucherNo", "findings[2].voucherNo",
        "findings[3].result", "findings[4].amount", FINDINGS);
    assertThat(audits.findings(record())).isEmpty();
    assertThat(instance).isWaitingAt(REVIEW_VOUCHERS);
  }

  @Test
  void aReportWithoutAMajorityGoesBackToTheDraftAndIsVotedAgain() {
    audit = scenario.atDraftAuditReport(union);
    instance = scenario.instance(audit);
    scenario.draftReport(instance, "First draft of the conclusion");
    scenario.voteOnReport(instance, union, FOR, AGAINST, AGAINST);

    assertThat(instance).isWaitingAt(DRAFT_AUDIT_REPORT).variables().containsEntry(REPORT_PASSED, false);
    assertThat(record().getVotesAgainst()).isEqualTo(2);
    scenario.draftReport(instance, "Second draft: the training costs are explained");
    scenario.voteOnReport(instance, union, FOR, FOR, FOR);

    assertThat(instance).hasPassed(AUDIT_REPORT_PUBLISHED).isEnded();
    assertThat(record().getReportRound()).isEqualTo(2);
    assertThat(audits.votes(record())).hasSize(6).extracting(AuditVote::getReportRound).containsOnly(1, 2);
  }

  @Test
  void theSemesterTimerIsDueAtEightInTheMorningInTheUnionsZone() {
    Job timer = management.createJobQuery().processDefinitionKey(KEY).activityId(SEMESTER_AUDITS_DUE).singleResult();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai"));
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    assertThat(due.getDayOfMonth()).isEqualTo(25);
    assertThat(due.getMonthValue()).isIn(1, 6);
  }

  @Test
  void theSemesterTimerStartsOneAuditPerUnionOnceAndBlocksADuplicateRequest() {
    AuditPeriod semester = AuditPeriod.semester(TODAY);
    String key = "AUD-" + semester.from().getYear() + "-" + semester.half();
    Job timer = management.createJobQuery().processDefinitionKey(KEY).activityId(SEMESTER_AUDITS_DUE).singleResult();
    management.executeJob(timer.getId());

    FundAudit started = audits.find(union.id(), key);
    assertThat(started.getPeriodStart()).isEqualTo(semester.from());
    assertThat(started.getPeriodEnd()).isEqualTo(semester.to());
    ProcessInstance semesterAudit = runtime.createProcessInstanceQuery()
        .processInstanceId(started.getProcessInstanceId()).singleResult();
    assertThat(semesterAudit.getTenantId()).isEqualTo(union.id());
    assertThat(semesterAudit).isWaitingAt(PREPARE_AUDIT_PACKAGE);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals(
        "unionId", union.id()).count()).isEqualTo(1);

    management.executeJob(management.createJobQuery().processDefinitionKey(KEY).activityId(SEMESTER_AUDITS_DUE)
        .singleResult().getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).tenantIdIn(union.id()).count())
        .isEqualTo(1);
    assertThat(refusedFields(catchThrowable(() -> opening.request(union.id(), semester.from(), semester.to(),
        union.auditor(1))))).containsExactly(PERIOD_START);
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedAndNoAuditStarts() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    assertThat(refusedFields(catchThrowable(() -> opening.request(union.id(), YEAR_END, YEAR_START,
        union.auditor(1))))).containsExactly(PERIOD_END);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    assertThat(audits.list(union.id())).isEmpty();
  }

  @Test
  void anUnconfirmedPackageAFindingWithoutTextAndASecondVoteAreRefused() {
    audit = scenario.request(union);
    instance = scenario.instance(audit);
    assertThat(refusedFields(catchThrowable(() -> complete(task(PREPARE_AUDIT_PACKAGE),
        withVariables(PACKAGE_CONFIRMED, false))))).containsExactly(PACKAGE_CONFIRMED);
    scenario.confirmPackage(instance, union);
    String voucher = audits.samples(audit).get(0).getVoucherNo();
    Throwable noText = catchThrowable(() -> scenario.review(instance, union.auditor(1), Map.of(voucher, " ")));
    assertThat(refusedFields(noText)).containsExactly(FINDINGS + "[0]." + NOTE);
    assertThat(audits.findings(record())).isEmpty();
    for (int i = 1; i <= 3; i++) {
      scenario.review(instance, union.auditor(i), Map.of());
    }
    scenario.draftReport(instance, "The fund was used as budgeted");
    scenario.vote(instance, union.auditor(1), FOR);

    Task othersVote = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(VOTE_ON_AUDIT_REPORT).taskAssignee(union.auditor(2)).singleResult();
    engine.getIdentityService().setAuthentication(union.auditor(1), List.of(Groups.AUDITORS), List.of(union.id()));
    Throwable refused;
    try {
      refused = catchThrowable(() -> tasks.complete(othersVote.getId(), Map.of(VOTE, AGAINST)));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(refusedFields(refused)).containsExactly(VOTE);
    assertThat(audits.votes(record())).extracting(AuditVote::getVoter).containsExactly(union.auditor(1));
  }

  private Task task(String key) {
    return BpmnAwareTests.task(key, instance);
  }

  private FundAudit record() {
    return audits.find(union.id(), audit.getBusinessKey());
  }
}
