package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.visits.VisitProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionflow.TestUnions;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.platform.engine.UnionTenantIdProvider;

/** The engine-wide recorder writes a hash-chained approval step for every completed user task. */
@UnionFlowTest
class ApprovalTrailTests {

  private static final String TODAY = UnionDay.today().toString();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ApprovalTrail trail;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestUnions unions;

  private String unionId;
  private String processInstanceId;

  @BeforeEach
  void workAVisit() {
    unionId = unions.withCondolenceBudget("1000.00");
    Map<String, Object> report = new HashMap<>(Map.of(UnionTenantIdProvider.UNION_ID, unionId, MEMBER_STAFF_NO, "T-1",
        EVENT_TYPE, "HOSPITALISATION", EVENT_DATE, TODAY, DAYS_IN_HOSPITAL, 3, DETAILS, "Fracture", REPORTER, "Li"));
    processInstanceId = runtime.startProcessInstanceByKey(KEY, report).getId();
    completeAs("officer-a", "officers", PLAN_VISIT, Map.of(PLANNED_DATE, TODAY, PLANNED_VISITORS, "A and B"));
    completeAs("officer-b", "officers", RECORD_VISIT, Map.of(VISIT_DATE, TODAY, VISITORS, "A and B",
        SITUATION, "Leg in plaster, in good spirits", MONEY_HANDED_OVER, 300.0, HARDSHIP_FOUND, false));
    completeAs("treasurer-c", "treasurer", PAY_CONDOLENCE_MONEY, Map.of(PAID_ON, TODAY, PAYMENT_METHOD, "CASH"));
  }

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void everyCompletedTaskIsAStepWithWhoWhenAndTheSubmittedValues() {
    List<ApprovalStep> steps = trail.of(processInstanceId);

    assertThat(steps).extracting(ApprovalStep::getSeq).containsExactly(1, 2, 3);
    assertThat(steps).extracting(ApprovalStep::getTaskDefinitionKey)
        .containsExactly(PLAN_VISIT, RECORD_VISIT, PAY_CONDOLENCE_MONEY);
    assertThat(steps).extracting(ApprovalStep::getClaimedBy).containsExactly("officer-a", "officer-b", "treasurer-c");
    assertThat(steps).extracting(ApprovalStep::getCompletedBy).containsExactly("officer-a", "officer-b", "treasurer-c");
    assertThat(steps).extracting(ApprovalStep::getCandidateGroups).containsExactly("officers", "officers", "treasurer");
    assertThat(steps).allSatisfy(step -> {
      assertThat(step.getBusinessKey()).startsWith("VIS-");
      assertThat(step.getProcessDefinitionKey()).isEqualTo(KEY);
      assertThat(step.getCompletedAt()).isAfterOrEqualTo(step.getCreatedAt());
    });
    assertThat(steps.get(1).getSubmittedValues()).isEqualTo("{\"hardshipFound\":false,\"hardshipNote\":null,"
        + "\"moneyHandedOver\":300.0,\"situation\":\"Leg in plaster, in good spirits\",\"visitDate\":\"" + TODAY
        + "\",\"visitingOfficers\":null,\"visitors\":\"A and B\"}");
    assertThat(steps.get(0).getPrevHash()).isNull();
    assertThat(steps.get(1).getPrevHash()).isEqualTo(steps.get(0).getHash());
    assertThat(steps.get(2).getPrevHash()).isEqualTo(steps.get(1).getHash());
    assertThat(trail.firstBrokenStep(processInstanceId)).isEmpty();
  }

  @Test
  void aRowChangedInTheDatabaseBreaksTheChainAtThatStep() {
    jdbc.update("update uf_approval_step set submitted_values = replace(submitted_values, '300.0', '3000.0') "
        + "where process_instance_id = ? and seq = 2", processInstanceId);

    assertThat(trail.firstBrokenStep(processInstanceId)).contains(2);
  }

  @Test
  void aDeletedRowBreaksTheChainAtTheNextStep() {
    jdbc.update("delete from uf_approval_step where process_instance_id = ? and seq = 2", processInstanceId);

    assertThat(trail.firstBrokenStep(processInstanceId)).contains(3);
  }

  private void completeAs(String user, String group, String taskKey, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    tasks.claim(task.getId(), user);
    identity.setAuthentication(user, List.of(group), List.of(unionId));
    try {
      tasks.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }
}
