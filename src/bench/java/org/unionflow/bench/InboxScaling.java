package org.unionflow.bench;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.unionflow.visits.VisitProcess;

/**
 * 3a. The query behind an officer's "My groups' tasks" filter (candidate groups, first page of 50, oldest first,
 * authorization and tenant checks on) at growing numbers of open tasks, copied from a real "Plan visit" task with
 * its candidate-group link and its authorization. At the largest size it also proves the check still holds: tasks of
 * another group of the officer's union and of the officers of another union, older than every other (so they
 * would head the page), are neither on the page nor counted, and the officer may not claim or complete them.
 *
 * <p>3b. At each size, the chair's two monitoring questions of the same county, with the chair's authorizations and
 * tenant check, as the engine's task and process-instance queries (what {@code /engine-rest/task} and
 * {@code /engine-rest/process-instance} run; Cockpit's own instance list is a plugin query of the webapp, not
 * measured here): a process's open user tasks (first page of 50, oldest first) and its running instances (first
 * page of 50), with one running instance copied per open task, spread over the county's unions alike.
 */
@RequiredArgsConstructor
final class InboxScaling {

  static final String OFFICER = "ps-officer1";
  static final String CHAIR = "ps-chair";
  private static final String FILTER = "My groups' tasks / 我组任务";
  private static final String COPY = "bench-copy";
  private static final String OTHER_GROUP = "treasurer";
  private static final String OTHER_UNION = "union-ms2";
  private static final int FOREIGN_COPIES = 100;
  /** Base unions of the county of SPEC.md's league (236), among which the open tasks are spread. */
  static final int COUNTY_UNIONS = 236;

  private final BenchApp app;
  private final JavaApiDriver unionFlow;
  private final CasePaths paths;
  private final Scale scale;
  private final Results results;

  void measure() {
    ProcessEngine engine = app.engine();
    String instance = unionFlow.start(paths.visit());
    Task template = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    Filter filter = engine.getFilterService().createFilterQuery().filterName(FILTER).singleResult();
    RowCloner rows = new RowCloner(app.dataSource());
    double first = Double.NaN;
    int stage = 0;
    for (int size : scale.openTasks()) {
      long open = app.count("select count(*) from ACT_RU_TASK");
      int copies = (int) Math.max(0, size - open);
      copyTask(rows, template, "bench-task-" + ++stage + "-", copies, 0, Map.of(), InboxScaling::countyUnion);
      copyInstance(rows, instance, "bench-instance-" + stage + "-", copies);
      List<Double> millis = timeFilter(engine, filter.getId());
      double p50 = Stats.percentile(millis, 50);
      first = Double.isNaN(first) ? p50 : first;
      String subject = String.format("%,d open tasks", app.count("select count(*) from ACT_RU_TASK"));
      results.add("inbox", subject, "first page p50", p50, "ms");
      results.add("inbox", subject, "first page p95", Stats.percentile(millis, 95), "ms");
      results.add("inbox", subject, "p50 vs smallest", p50 / first, "x");
      measureCockpit(engine, subject);
    }
    checkNoLeak(engine, rows, template, filter.getId());
    app.execute("delete from ACT_RU_AUTHORIZATION where RESOURCE_ID_ like 'bench-task-%'");
    app.execute("delete from ACT_RU_IDENTITYLINK where TASK_ID_ like 'bench-task-%'");
    app.execute("delete from ACT_RU_TASK where ID_ like 'bench-task-%'");
    app.execute("delete from ACT_RU_EXECUTION where ID_ like 'bench-instance-%'");
  }

  private void measureCockpit(ProcessEngine engine, String subject) {
    List<Double> tasks = timeAs(engine, CHAIR, () -> engine.getTaskService().createTaskQuery()
        .processDefinitionKey(VisitProcess.KEY).orderByTaskCreateTime().asc().listPage(0, 50).size());
    results.add("inbox", subject, "chair: a process's tasks p50", Stats.percentile(tasks, 50), "ms");
    results.add("inbox", subject, "chair: a process's tasks p95", Stats.percentile(tasks, 95), "ms");
    List<Double> instances = timeAs(engine, CHAIR, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(VisitProcess.KEY).active().listPage(0, 50).size());
    results.add("inbox", subject, "chair: running instances p50", Stats.percentile(instances, 50), "ms");
    results.add("inbox", subject, "chair: running instances p95", Stats.percentile(instances, 95), "ms");
  }

  /** Copies the case's process instance (its root execution) as running instances of the county's unions. */
  private void copyInstance(RowCloner rows, String instance, String prefix, int copies) {
    if (copies == 0) {
      return;
    }
    rows.copy("ACT_RU_EXECUTION", "ID_ = '" + instance + "'", copies, (column, value, copy) -> switch (column) {
      case "ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "BUSINESS_KEY_" -> prefix + copy;
      case "TENANT_ID_" -> Optional.<Object>ofNullable(countyUnion(copy)).orElse(value);
      default -> value;
    });
  }

  /**
   * Adds the tasks of another group of the officer's union and of another union's officers, older than every
   * task so far, and fails the run if the officer's filter shows or counts any of them or the officer may claim or
   * complete one.
   */
  private void checkNoLeak(ProcessEngine engine, RowCloner rows, Task template, String filterId) {
    FilterService filters = engine.getFilterService();
    long oldest = app.count("select count(*) from ACT_RU_TASK");
    long visible = asOfficer(engine, () -> filters.count(filterId));
    copyTask(rows, template, "bench-task-group-", FOREIGN_COPIES, oldest, Map.of("GROUP_ID_", OTHER_GROUP), copy -> null);
    copyTask(rows, template, "bench-task-union-", FOREIGN_COPIES, oldest, Map.of("TENANT_ID_", OTHER_UNION), copy -> null);
    String subject = String.format("%,d open tasks", app.count("select count(*) from ACT_RU_TASK"));
    List<Double> millis = timeFilter(engine, filterId);
    long seen = asOfficer(engine, () -> filters.<Task>listPage(filterId, 0, 50).stream()
        .filter(task -> task.getId().startsWith("bench-task-group-") || task.getId().startsWith("bench-task-union-"))
        .count());
    long counted = asOfficer(engine, () -> filters.count(filterId));
    if (seen > 0 || counted != visible) {
      throw new IllegalStateException(OFFICER + " sees " + seen + " tasks of another group or union on the first page"
          + " and counts " + counted + " tasks instead of " + visible);
    }
    TaskService tasks = engine.getTaskService();
    for (String foreign : List.of("bench-task-group-1", "bench-task-union-1")) {
      refused(engine, () -> tasks.claim(foreign, OFFICER), "claim " + foreign);
      refused(engine, () -> tasks.complete(foreign), "complete " + foreign);
    }
    results.add("inbox", subject, "other group/union on page", seen, "tasks");
    results.add("inbox", subject, "first page p50, with them", Stats.percentile(millis, 50), "ms");
  }

  private <T> T asOfficer(ProcessEngine engine, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(OFFICER, groups(identity, OFFICER), tenants(identity, OFFICER));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void refused(ProcessEngine engine, Runnable work, String what) {
    boolean done = asOfficer(engine, () -> {
      try {
        work.run();
        return true;
      } catch (ProcessEngineException refused) {
        return false;
      }
    });
    if (done) {
      throw new IllegalStateException(OFFICER + " was allowed to " + what);
    }
  }

  /**
   * Copies the template task with its links and authorizations; {@code olderBy} copies' worth of minutes before
   * the copies so far, with {@code columns} overriding values in every copied row (another group, another union).
   */
  private void copyTask(RowCloner rows, Task template, String prefix, int copies, long olderBy,
      Map<String, Object> columns, IntFunction<String> tenantOf) {
    if (copies == 0) {
      return;
    }
    long created = template.getCreateTime().getTime() - olderBy * 60_000;
    rows.copy("ACT_RU_TASK", "ID_ = '" + template.getId() + "'", copies, (column, value, copy) -> switch (column) {
      case "ID_" -> prefix + copy;
      case "DESCRIPTION_" -> COPY;
      // spread over the past so the page sorted by creation has real work to do
      case "CREATE_TIME_" -> new Timestamp(created - (long) copy * 60_000);
      case "TENANT_ID_" -> Optional.<Object>ofNullable(tenantOf.apply(copy))
          .orElse(columns.getOrDefault(column, value));
      default -> columns.getOrDefault(column, value);
    });
    rows.copy("ACT_RU_IDENTITYLINK", "TASK_ID_ = '" + template.getId() + "'", copies,
        (column, value, copy) -> switch (column) {
          case "ID_" -> prefix + copy + "-link-" + value;
          case "TASK_ID_" -> prefix + copy;
          case "TENANT_ID_" -> Optional.<Object>ofNullable(tenantOf.apply(copy))
              .orElse(columns.getOrDefault(column, value));
          default -> columns.getOrDefault(column, value);
        });
    if (app.count("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = '" + template.getId() + "'") > 0) {
      rows.copy("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ = '" + template.getId() + "'", copies,
          (column, value, copy) -> switch (column) {
            case "ID_" -> prefix + copy + "-auth-" + value;
            case "RESOURCE_ID_" -> prefix + copy;
            default -> columns.getOrDefault(column, value);
          });
    }
  }

  /**
   * A county's open work: one copy in {@value #COUNTY_UNIONS} stays in the officer's union, the others belong to
   * the county's other base unions (their own officers' tasks, same group ids and authorizations).
   */
  private static String countyUnion(int copy) {
    return copy % COUNTY_UNIONS == 0 ? null : "bench-union-" + copy % COUNTY_UNIONS;
  }

  private static List<String> groups(IdentityService identity, String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private static List<String> tenants(IdentityService identity, String user) {
    return identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList();
  }

  private List<Double> timeFilter(ProcessEngine engine, String filterId) {
    return timeAs(engine, OFFICER, () -> engine.getFilterService().listPage(filterId, 0, 50).size());
  }

  /**
   * The query's time as the user, after as many warm-up runs as the scale warms cases (three at least): the first
   * size was measured before the JIT and PostgreSQL's prepared statements had settled, and so slower than the later
   * ones. A run that finds nothing fails the benchmark.
   */
  private List<Double> timeAs(ProcessEngine engine, String user, IntSupplier query) {
    IdentityService identity = engine.getIdentityService();
    List<Double> millis = new ArrayList<>();
    identity.setAuthentication(user, groups(identity, user), tenants(identity, user));
    try {
      int warmUp = Math.max(3, scale.warmUpCases());
      for (int i = 0; i < scale.repeats() + warmUp; i++) {
        long start = System.nanoTime();
        if (query.getAsInt() == 0) {
          throw new IllegalStateException("The query shows " + user + " nothing");
        }
        if (i >= warmUp) {
          millis.add(Stats.millisSince(start));
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    return millis;
  }
}
