package org.unionflow.bench;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;

/**
 * 3a. The query behind an officer's "My groups' tasks" filter (candidate groups, first page of 50, oldest first,
 * authorization and tenant checks on) at growing numbers of open tasks, copied from a real "Plan visit" task with
 * its candidate-group link and its authorization.
 */
final class InboxScaling {

  static final String OFFICER = "ps-officer1";
  private static final String FILTER = "My groups' tasks / 我组任务";
  private static final String COPY = "bench-copy";

  private final BenchApp app;
  private final JavaApiDriver unionFlow;
  private final CasePaths paths;
  private final Scale scale;
  private final Results results;

  InboxScaling(BenchApp app, JavaApiDriver unionFlow, CasePaths paths, Scale scale, Results results) {
    this.app = app;
    this.unionFlow = unionFlow;
    this.paths = paths;
    this.scale = scale;
    this.results = results;
  }

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
      copyTask(rows, template, ++stage, copies);
      List<Double> millis = timeFilter(engine, filter.getId());
      double p50 = Stats.percentile(millis, 50);
      first = Double.isNaN(first) ? p50 : first;
      String subject = String.format("%,d open tasks", app.count("select count(*) from ACT_RU_TASK"));
      results.add("inbox", subject, "first page p50", p50, "ms");
      results.add("inbox", subject, "first page p95", Stats.percentile(millis, 95), "ms");
      results.add("inbox", subject, "p50 vs smallest", p50 / first, "x");
    }
    app.execute("delete from ACT_RU_AUTHORIZATION where RESOURCE_ID_ like 'bench-task-%'");
    app.execute("delete from ACT_RU_IDENTITYLINK where TASK_ID_ like 'bench-task-%'");
    app.execute("delete from ACT_RU_TASK where ID_ like 'bench-task-%'");
  }

  private void copyTask(RowCloner rows, Task template, int stage, int copies) {
    if (copies == 0) {
      return;
    }
    String prefix = "bench-task-" + stage + "-";
    long created = template.getCreateTime().getTime();
    rows.copy("ACT_RU_TASK", "ID_ = '" + template.getId() + "'", copies, (column, value, copy) -> switch (column) {
      case "ID_" -> prefix + copy;
      case "DESCRIPTION_" -> COPY;
      // spread over the past so the page sorted by creation has real work to do
      case "CREATE_TIME_" -> new Timestamp(created - (long) copy * 60_000);
      default -> value;
    });
    rows.copy("ACT_RU_IDENTITYLINK", "TASK_ID_ = '" + template.getId() + "'", copies,
        (column, value, copy) -> switch (column) {
          case "ID_" -> prefix + copy + "-link-" + value;
          case "TASK_ID_" -> prefix + copy;
          default -> value;
        });
    if (app.count("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = '" + template.getId() + "'") > 0) {
      rows.copy("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ = '" + template.getId() + "'", copies,
          (column, value, copy) -> switch (column) {
            case "ID_" -> prefix + copy + "-auth-" + value;
            case "RESOURCE_ID_" -> prefix + copy;
            default -> value;
          });
    }
  }

  private List<Double> timeFilter(ProcessEngine engine, String filterId) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(OFFICER).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(OFFICER).list().stream().map(Tenant::getId)
        .toList();
    FilterService filters = engine.getFilterService();
    List<Double> millis = new ArrayList<>();
    identity.setAuthentication(OFFICER, groups, tenants);
    try {
      for (int i = 0; i < scale.repeats() + 3; i++) {
        long start = System.nanoTime();
        int page = filters.listPage(filterId, 0, 50).size();
        if (page == 0) {
          throw new IllegalStateException("The filter shows " + OFFICER + " no task");
        }
        if (i >= 3) {
          millis.add(Stats.millisSince(start));
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    return millis;
  }
}
