package org.unionflow.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Walks a case through the engine's Java API, the way the scenario tests do: no HTTP, no login. */
@RequiredArgsConstructor
final class JavaApiDriver {

  private final ProcessEngine engine;
  /** The union a case is started for, by its starter logged in; null to start without a login. */
  private final String unionId;
  private final Map<String, List<String>> logins = new ConcurrentHashMap<>();

  /** Starts the path's case and leaves it at its first wait state. */
  String start(CasePath path) {
    return start(path.processKey(), path.starter(), path.startValues());
  }

  /** Starts as the starter, logged in, as a start form does: some processes record who started them. */
  String start(String processKey, String starter, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>(values);
    if (unionId == null) {
      return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getId();
    }
    variables.put("unionId", unionId);
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(starter, logins.computeIfAbsent(starter, user -> identity.createGroupQuery()
        .groupMember(user).list().stream().map(Group::getId).toList()), List.of(unionId));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Runs the whole path; a process of nothing but user tasks has tasks of its own keys and no timers, so it takes
   * them in order.
   */
  String run(CasePath path, String processKey, boolean userTasksOnly) {
    String instance = start(processKey, path.starter(), path.startValues());
    for (CasePath.Step step : path.steps()) {
      if (step instanceof CasePath.Task task) {
        complete(instance, userTasksOnly ? null : task.taskKey(), task.user(), task.values());
      } else if (step instanceof CasePath.Timer timer && !userTasksOnly) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance)
            .activityId(timer.activityId()).singleResult();
        engine.getManagementService().executeJob(job.getId());
      }
    }
    return instance;
  }

  private void complete(String instance, String taskKey, String user, Map<String, Object> values) {
    var query = engine.getTaskService().createTaskQuery().processInstanceId(instance);
    if (taskKey != null) {
      query.taskDefinitionKey(taskKey);
    }
    Task task = query.list().stream().filter(open -> open.getAssignee() == null || user.equals(open.getAssignee()))
        .findFirst().orElseThrow(() -> new IllegalStateException("No open task " + taskKey + " in " + instance));
    engine.getTaskService().claim(task.getId(), user);
    engine.getTaskService().complete(task.getId(), values);
  }
}
