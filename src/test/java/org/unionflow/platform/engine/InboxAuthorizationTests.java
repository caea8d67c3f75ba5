package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    ClockUtil.reset();
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
  void theOfficersPagesInCreationOrderMergeTheUnionlessAndTheOwnUnionsTasks() {
    // older than every other task, a minute apart, so they head the inbox in this order
    List<String> visible = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    Instant created = Instant.parse("2020-03-01T00:00:00Z");
    for (int i = 0; i < 4; i++) {
      ClockUtil.setCurrentTime(Date.from(created.plusSeconds(180L * i)));
      visible.add(task("unionless-" + i, Groups.OFFICERS, null));
      ClockUtil.setCurrentTime(Date.from(created.plusSeconds(180L * i + 60)));
      foreign.add(task("other-union-" + i, Groups.OFFICERS, "union-ms2"));
      ClockUtil.setCurrentTime(Date.from(created.plusSeconds(180L * i + 120)));
      visible.add(task("own-" + i, Groups.OFFICERS, "union-ps1"));
    }
    ClockUtil.reset();
    String filterId = filters.createFilterQuery().filterName(FILTER).singleResult().getId();

    authenticateAs(OFFICER);
    List<String> paged = new ArrayList<>();
    for (int first = 0; first < visible.size(); first += 3) {
      paged.addAll(filters.<Task>listPage(filterId, first, 3).stream().map(Task::getId).toList());
    }
    List<String> newestFirst = tasks.createTaskQuery().taskCandidateGroup(Groups.OFFICERS).orderByTaskCreateTime()
        .desc().list().stream().map(Task::getId).toList();

    assertThat(paged.subList(0, visible.size())).containsExactlyElementsOf(visible);
    List<String> oldestLast = new ArrayList<>(newestFirst.subList(newestFirst.size() - visible.size(),
        newestFirst.size()));
    Collections.reverse(oldestLast);
    assertThat(oldestLast).containsExactlyElementsOf(visible);
    assertThat(filters.<Task>listPage(filterId, 1, 2)).extracting(Task::getId).containsExactly(visible.get(1),
        visible.get(2));
    assertThat(newestFirst).doesNotContainAnyElementsOf(foreign);
  }

  @Test
  void theChairSeesTheRunningCasesOfTheOwnUnionAndAnOfficerNone() {
    String own = report("union-ps1", "PS-0012");
    report("union-ps1", "PS-0013");
    report("union-ps1", "PS-0014");
    String otherUnion = report("union-ms2", "MS-0012");

    authenticateAs("ps-chair");
    List<String> running = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY).active()
        .list().stream().map(ProcessInstance::getId).toList();
    long counted = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY).active().count();
    List<String> paged = new ArrayList<>();
    for (int first = 0; first < running.size(); first += 2) {
      paged.addAll(runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY).active()
          .orderByProcessInstanceId().asc().listPage(first, 2).stream().map(ProcessInstance::getId).toList());
    }
    authenticateAs(OFFICER);
    long officerSees = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY).count();

    assertThat(running).contains(own).doesNotContain(otherUnion);
    assertThat(counted).isEqualTo(running.size());
    assertThat(paged).containsExactlyElementsOf(running.stream().sorted().toList());
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
