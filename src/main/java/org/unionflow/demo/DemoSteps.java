package org.unionflow.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.IntFunction;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.unionflow.platform.engine.UnionTenantIdProvider;
import org.unionflow.platform.forms.Choices;

/**
 * Works cases of one base union as its demo people do in Tasklist: each step logged in as the person (their
 * groups and union), so the form contract, the authorizations and the trail treat it as theirs.
 */
@RequiredArgsConstructor
final class DemoSteps {

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final DemoUnion union;

  DemoUnion union() {
    return union;
  }

  /** The union's demo users in that group, in the demo's order. */
  List<String> people(String group) {
    return union.usersByGroup().entrySet().stream().filter(user -> user.getValue().contains(group))
        .map(Map.Entry::getKey).toList();
  }

  /** The n-th (from 1) demo user of the union in that group, e.g. the second officer. */
  String person(String group, int n) {
    if (!has(group, n)) {
      throw new IllegalStateException(union.id() + " has no " + group + " #" + n);
    }
    return people(group).get(n - 1);
  }

  boolean has(String group, int n) {
    return people(group).size() >= n;
  }

  /** Starts a case with the start form's values, as the person who fills it in. */
  ProcessInstance start(String user, String processKey, Map<String, Object> form) {
    Map<String, Object> values = new HashMap<>(form);
    values.put(UnionTenantIdProvider.UNION_ID, union.id());
    return as(user, () -> runtime.startProcessInstanceByKey(processKey, values));
  }

  /** Claims the case's open task of that key that the person may work (unless it is theirs) and submits it. */
  void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    complete(user, instance, taskKey, task -> form);
  }

  /** Submits the rows a dynamic list starts with (e.g. an audit's vouchers), each row filled in by its number. */
  void fillRows(String user, ProcessInstance instance, String taskKey, String list,
      IntFunction<Map<String, Object>> fill) {
    complete(user, instance, taskKey, task -> {
      List<Map<String, Object>> rows = Choices.rowsOf(tasks.getVariable(task.getId(), list));
      List<Map<String, Object>> filled = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = new HashMap<>(rows.get(i));
        row.putAll(fill.apply(i));
        filled.add(row);
      }
      return Map.of(list, Choices.rows(filled));
    });
  }

  private void complete(String user, ProcessInstance instance, String taskKey, Function<Task, Map<String, Object>> form) {
    as(user, () -> {
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
          .or().taskCandidateUser(user).taskAssignee(user).endOr().list().stream().findFirst()
          .orElseThrow(() -> new IllegalStateException(user + " has no " + taskKey + " in " + instance.getBusinessKey()));
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), form.apply(task));
      return null;
    });
  }

  /** Fires the case's timer at that element now: its waiting time is part of the year that has passed. */
  void passTime(ProcessInstance instance, String timerId) {
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).activityId(timerId)
        .singleResult().getId());
  }

  ProcessInstance instance(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  boolean waitsAt(ProcessInstance instance, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count() > 0;
  }

  Object variable(ProcessInstance instance, String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  /** A taglist's answer as Tasklist submits it: a JSON list. */
  static TypedValue chosen(String... values) {
    return SpinValues.jsonValue(Spin.JSON(List.of(values))).create();
  }

  <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups, List.of(union.id()));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
