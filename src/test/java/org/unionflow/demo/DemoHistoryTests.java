package org.unionflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.ActiveProfiles;
import org.unionflow.UnionDay;
import org.unionflow.aid.AidService;
import org.unionflow.aid.AidStatus;
import org.unionflow.audit.AuditService;
import org.unionflow.audit.AuditStatus;
import org.unionflow.audit.FundAudit;
import org.unionflow.expenses.ExpenseStatus;
import org.unionflow.expenses.FundExpenseService;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.motions.Feedback;
import org.unionflow.motions.Motion;
import org.unionflow.motions.MotionService;
import org.unionflow.motions.MotionStatus;
import org.unionflow.platform.Groups;
import org.unionflow.platform.steps.CasesAtStep;
import org.unionflow.trail.ApprovalStep;
import org.unionflow.trail.ApprovalTrail;
import org.unionflow.visits.VisitService;
import org.unionflow.visits.VisitStatus;

/**
 * The demo's year of history on a fresh database of its own (a second context: the shared one keeps the demo
 * unions without cases, and the history needs an empty database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "unionflow.demo.history=true", "camunda.bpm.process-engine-name=demoHistory",
    "spring.datasource.url=jdbc:h2:mem:unionflow-demo-history;DB_CLOSE_DELAY=-1"})
@ActiveProfiles({"test", "demo"})
class DemoHistoryTests {

  @Autowired
  DemoHistory demoHistory;
  @Autowired
  HistoryService history;
  @Autowired
  TaskService tasks;
  @Autowired
  ApprovalTrail trail;
  @Autowired
  VisitService visits;
  @Autowired
  AidService aid;
  @Autowired
  MotionService motions;
  @Autowired
  FundExpenseService expenses;
  @Autowired
  FundLedgerService ledger;
  @Autowired
  AuditService audits;

  @Test
  void everyBaseUnionHasRowsInEveryRegisterFromTheHistory() {
    int year = UnionDay.today().getYear();
    for (DemoUnion union : DemoData.BASE_UNIONS) {
      String id = union.id();
      assertThat(visits.search(id, VisitStatus.RECORDED, null, CasesAtStep.ALL, Pageable.unpaged())
          .getTotalElements()).as(id).isEqualTo(6);
      assertThat(visits.search(id, null, null, CasesAtStep.ALL, Pageable.unpaged()).map(v -> v.getEventType())
          .toSet()).as(id).hasSize(6);
      assertThat(aid.search(id, AidStatus.PAID, null, null, CasesAtStep.ALL, Pageable.unpaged()).getTotalElements())
          .as(id).isEqualTo(3);
      assertThat(aid.underNotice(id)).as(id).hasSize(1);
      assertThat(aid.fileOf(id, union.staffPrefix() + "-0001")).as(id).isPresent();
      assertThat(expenses.search(id, ExpenseStatus.PAID, null, null, null, CasesAtStep.ALL, Pageable.unpaged())
          .getTotalElements()).as(id).isEqualTo(4);
      // five visits with money handed over, three aid cases, four expenses
      assertThat(ledger.ledger(id, year, Pageable.unpaged()).getTotalElements()).as(id).isEqualTo(12);
      assertThat(audits.list(id)).as(id).extracting(FundAudit::getStatus)
          .containsExactlyInAnyOrder(AuditStatus.PUBLISHED, AuditStatus.RECTIFICATION);
    }
  }

  @Test
  void theCongressSessionHasMotionsAtEveryOutcome() {
    List<DemoUnion> withSession = DemoData.BASE_UNIONS.stream()
        .filter(union -> motions.currentSession(union.id()).isPresent()).toList();
    assertThat(withSession).isNotEmpty();
    for (DemoUnion union : withSession) {
      long session = motions.currentSession(union.id()).orElseThrow().getId();
      List<Motion> filed = motions.search(union.id(), session, null, null, null, CasesAtStep.ALL, Pageable.unpaged())
          .getContent();
      assertThat(filed).as(union.id()).hasSize(10).extracting(Motion::getStatus).contains(MotionStatus.SUBMITTED,
          MotionStatus.AMENDING, MotionStatus.ACCEPTED, MotionStatus.ANSWERED, MotionStatus.CONVERTED,
          MotionStatus.REJECTED, MotionStatus.PUBLISHED);
      assertThat(filed).extracting(Motion::getFeedback).contains(Feedback.SATISFIED, Feedback.BASICALLY_SATISFIED);
    }
  }

  @Test
  void casesWaitAtOpenStepsAndEveryoneWhoWorksTasksHasOne() {
    for (DemoUnion union : DemoData.BASE_UNIONS) {
      Set<String> open = tasks.createTaskQuery().tenantIdIn(union.id()).list().stream()
          .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
      assertThat(open).as(union.id()).contains("planVisit", "recordVisit", "payCondolenceMoney", "completeReferral",
          "reviewCase", "approveAtHigherLevel", "voteOnExpense", "approveExpense", "recheckFindings");
      union.usersByGroup().forEach((user, groups) -> {
        // group leaders only report events and nominate: no step of any process is theirs
        if (!groups.equals(List.of(Groups.GROUP_LEADERS))) {
          assertThat(tasks.createTaskQuery().tenantIdIn(union.id()).or().taskCandidateUser(user).taskAssignee(user)
              .endOr().count()).as(user).isPositive();
        }
      });
      // the aid above the higher-level threshold waits for the county's approver
      assertThat(tasks.createTaskQuery().tenantIdIn(union.id()).taskCandidateUser("county-officer")
          .taskDefinitionKey("approveAtHigherLevel").count()).as(union.id()).isOne();
    }
  }

  @Test
  void theTrailsVerifyAndNameTheDemoPeople() {
    List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery().list();
    assertThat(cases).hasSizeGreaterThan(50);
    for (HistoricProcessInstance instance : cases) {
      assertThat(trail.firstBrokenStep(instance.getId())).as(instance.getBusinessKey()).isEmpty();
    }
    // a visit paid: planned and recorded by the first officer, paid by the treasurer; the leader reported it
    HistoricProcessInstance paidVisit = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("fiveMandatoryVisits").tenantIdIn(DemoData.PRIMARY.id()).finished().list().stream()
        .filter(visit -> trail.of(visit.getId()).size() == 3).findFirst().orElseThrow();
    assertThat(paidVisit.getStartUserId()).isEqualTo("ps-leader1");
    assertThat(trail.of(paidVisit.getId())).extracting(ApprovalStep::getCompletedBy)
        .containsExactly("ps-officer1", "ps-officer1", "ps-treasurer");
  }

  @Test
  void aRestartAddsNothing() {
    long cases = history.createHistoricProcessInstanceQuery().count();
    long steps = history.createHistoricTaskInstanceQuery().count();

    demoHistory.run(null);

    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(cases);
    assertThat(history.createHistoricTaskInstanceQuery().count()).isEqualTo(steps);
  }
}
