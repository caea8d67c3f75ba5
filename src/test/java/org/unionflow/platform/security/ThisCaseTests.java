package org.unionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionflow.visits.VisitProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.platform.engine.UnionTenantIdProvider;
import org.unionflow.visits.VisitService;

/**
 * Behind the form contract, domain code still trusts no id from a variable alone: even code that may set any
 * variable (the Java API, the administrator) cannot make one case's step write into another case's record.
 */
@UnionFlowTest
class ThisCaseTests {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired VisitService visits;

  @Test
  void aStepWithAnotherCasesRecordIdIsRefusedAndTheOtherRecordStaysAsItWas() {
    ProcessInstance own = report("union-ps1", "PS-0011");
    ProcessInstance other = report("union-ms2", "MS-0011");
    Task plan = tasks.createTaskQuery().processInstanceId(own.getId()).singleResult();
    Object otherVisitId = runtime.getVariable(other.getId(), VISIT_ID);

    assertThatThrownBy(() -> tasks.complete(plan.getId(), Map.of(PLANNED_DATE, UnionDay.today().toString(),
        PLANNED_VISITORS, "王丽", VISIT_ID, otherVisitId)))
        .hasMessageContaining("not found");

    assertThat(visits.find("union-ms2", other.getBusinessKey()).getPlannedVisitors()).isNull();
    assertThat(tasks.createTaskQuery().taskId(plan.getId()).count()).isOne();
  }

  private ProcessInstance report(String union, String staffNo) {
    return runtime.createProcessInstanceByKey(KEY).setVariables(Map.of(UnionTenantIdProvider.UNION_ID, union,
        MEMBER_STAFF_NO, staffNo, EVENT_TYPE, "WEDDING", EVENT_DATE, UnionDay.today().toString(), DETAILS, "小组会上报告",
        REPORTER, "李华")).execute();
  }
}
