package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.platform.Groups;
import org.unionflow.visits.VisitProcess;

/**
 * An officer's inbox shows the tasks of the officer's groups in the officer's union and no other, and the officer
 * may not work another group's or another union's task; the chair's running cases are the own union's (on
 * PostgreSQL through {@link AuthorizationCheckRewrite}).
 */
@UnionFlowTest
class InboxAuthorizationTests {

  private static final String OFFICER = "ps-officer1";
  private static final String FILTER = "My groups' tasks / 我组任务";

  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired RuntimeService runtime;

  private final List<String> created = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();

  @AfterEach
  void removeTasksAndCases() {
    identity.clearAuthentication();
    created.forEach(id -> tasks.deleteTask(id, true));
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over"));
  }

  @Test
  void theOfficerSeesAndWorksOnlyTheOfficersTasksOfTheOwnUnion() {
    List<String> own = List.of(task("own-1", Groups.OFFICERS, "union-ps1"), task("own-2", Groups.OFFICERS,
        "union-ps1"));
    String otherGroup = task("other-group", Groups.TREASURER, "union-ps1");
    String otherUnion = task("other-union", Groups.OFFICERS, "union-ms2");
    String filterId = filters.createFilterQuery().filterName(FILTER).singleResult().getId();

    authenticateAs(OFFICER);
    List<String> inbox = filters.<Task>list(filterId).stream().map(Task::getId).toList();
    List<String> candidate = tasks.createTaskQuery().taskCandidateGroupIn(List.of(Groups.OFFICERS, Groups.TREASURER))
        .list().stream().map(Task::getId).toList();

    assertThat(inbox).containsAll(own).doesNotContain(otherGroup, otherUnion);
    assertThat(filters.count(filterId)).isEqualTo(inbox.size());
    assertThat(candidate).containsAll(own).doesNotContain(otherGroup, otherUnion);
    assertThat(tasks.createTaskQuery().taskId(otherGroup).count()).isZero();
    assertThat(tasks.createTaskQuery().taskId(otherUnion).count()).isZero();
    for (String foreign : List.of(otherGroup, otherUnion)) {
      assertThatThrownBy(() -> tasks.claim(foreign, OFFICER)).as(foreign).isInstanceOf(ProcessEngineException.class);
      assertThatThrownBy(() -> tasks.complete(foreign)).as(foreign).isInstanceOf(ProcessEngineException.class);
    }
    tasks.claim(own.get(0), OFFICER);
    assertThat(tasks.createTaskQuery().taskId(own.get(0)).singleResult().getAssignee()).isEqualTo(OFFICER);
  }

  @Test
  void theChairSeesTheRunningCasesOfTheOwnUnionAndAnOfficerNone() {
    String own = report("union-ps1", "PS-0012");
    String otherUnion = report("union-ms2", "MS-0012");

    authenticateAs("ps-chair");
    List<String> running = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY).active()
        .list().stream().map(ProcessInstance::getId).toList();
    long counted = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY).active().count();
    authenticateAs(OFFICER);
    long officerSees = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY).count();

    assertThat(running).contains(own).doesNotContain(otherUnion);
    assertThat(counted).isEqualTo(running.size());
    assertThat(officerSees).as("officers hold no grant to read cases").isZero();
  }

  private String report(String union, String staffNo) {
    String id = runtime.createProcessInstanceByKey(VisitProcess.KEY).setVariables(Map.of(
        UnionTenantIdProvider.UNION_ID, union, VisitProcess.MEMBER_STAFF_NO, staffNo, VisitProcess.EVENT_TYPE,
        "WEDDING", VisitProcess.EVENT_DATE, UnionDay.today().toString(), VisitProcess.DETAILS, "小组会上报告",
        VisitProcess.REPORTER, "李华")).execute().getId();
    instances.add(id);
    return id;
  }

  /** A task of a group in a union, with the authorization the engine writes for its candidate group. */
  private String task(String name, String group, String unionId) {
    Task task = tasks.newTask("inbox-auth-" + name + "-" + System.nanoTime());
    task.setName(name);
    task.setTenantId(unionId);
    tasks.saveTask(task);
    created.add(task.getId());
    tasks.addCandidateGroup(task.getId(), group);
    return task.getId();
  }

  private void authenticateAs(String user) {
    identity.setAuthentication(user,
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList());
  }
}
