package org.unionflow.bench;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.unionflow.visits.VisitProcess;

/**
 * 4. Starting a case with next to no history, then with about a million history rows (copies of a finished
 * visit's history, already past their removal time), and what one history clean-up run removes in a while. The
 * chair's dashboard, which counts the cases started in each month from the history, is timed at both sizes.
 */
@RequiredArgsConstructor
final class HistoryGrowth {

  private static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_DECINST");
  private static final String COPY = "bench-hist-";
  private static final Timestamp LONG_AGO = Timestamp.valueOf("2001-01-01 00:00:00");

  private final BenchApp app;
  private final JavaApiDriver unionFlow;
  private final CasePaths paths;
  private final Scale scale;
  private final Results results;
  private double emptyHistoryStart;
  private double emptyHistoryDashboard;

  /** Before anything else has run: the history holds only what the demo data wrote. */
  void measureEmpty() throws Exception {
    List<Double> millis = timeStarts();
    emptyHistoryStart = Stats.percentile(millis, 50);
    String subject = String.format("%,d history rows", historyRows());
    results.add("history", subject, "start case p50", emptyHistoryStart, "ms");
    results.add("history", subject, "start case p95", Stats.percentile(millis, 95), "ms");
    emptyHistoryDashboard = timeDashboard(subject, Double.NaN);
  }

  void measureGrown() throws Exception {
    unionFlow.run(paths.visit(), VisitProcess.KEY, false);
    HistoricProcessInstance template = app.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(VisitProcess.KEY).finished().orderByProcessInstanceEndTime().desc().listPage(0, 1)
        .get(0);
    long perCase = 0;
    for (String table : TABLES) {
      perCase += app.count("select count(*) from " + table + " where PROC_INST_ID_ = '" + template.getId() + "'");
    }
    int copies = (int) Math.max(1, (scale.historyRows() - historyRows()) / perCase);
    RowCloner rows = new RowCloner(app.dataSource());
    long start = System.nanoTime();
    for (String table : TABLES) {
      if (app.count("select count(*) from " + table + " where PROC_INST_ID_ = '" + template.getId() + "'") > 0) {
        rows.copy(table, "PROC_INST_ID_ = '" + template.getId() + "'", copies, (column, value, copy) -> switch (column) {
          case "ID_" -> table.equals("ACT_HI_PROCINST") ? COPY + copy : UUID.randomUUID().toString();
          case "PROC_INST_ID_", "ROOT_PROC_INST_ID_" -> COPY + copy;
          case "BUSINESS_KEY_" -> null;
          case "REMOVAL_TIME_" -> LONG_AGO;
          default -> value;
        });
      }
    }
    results.add("history", "copying", "rows per second", copies * perCase / (Stats.millisSince(start) / 1000),
        "rows/s");
    List<Double> millis = timeStarts();
    double p50 = Stats.percentile(millis, 50);
    String subject = String.format("%,d history rows", historyRows());
    results.add("history", subject, "start case p50", p50, "ms");
    results.add("history", subject, "start case p95", Stats.percentile(millis, 95), "ms");
    results.add("history", subject, "p50 vs empty history", p50 / emptyHistoryStart, "x");
    timeDashboard(subject, emptyHistoryDashboard);
  }

  /** The chair's {@code /api/registers/dashboard} (copies are this month's visits of the chair's union). */
  private double timeDashboard(String subject, double empty) throws Exception {
    RestDriver http = new RestDriver(app.baseUrl(), app.demoPassword(), timer -> {
    });
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < scale.repeats() + 3; i++) {
      double took = http.timedGet("ps-chair", "/api/registers/dashboard");
      if (i >= 3) {
        millis.add(took);
      }
    }
    double p50 = Stats.percentile(millis, 50);
    results.add("history", subject, "dashboard p50", p50, "ms");
    if (!Double.isNaN(empty)) {
      results.add("history", subject, "dashboard p50 vs empty history", p50 / empty, "x");
    }
    return p50;
  }

  /** Runs the clean-up job, as the nightly window would, for a fixed time; reports what it removed. */
  void measureCleanUp() {
    HistoryService history = app.engine().getHistoryService();
    ManagementService management = app.engine().getManagementService();
    long before = historyRows();
    history.cleanUpHistoryAsync(true);
    long start = System.nanoTime();
    int runs = 0;
    long left = before;
    // the job is run at once, whatever its due date: the nightly window would run it back to back
    while (Stats.millisSince(start) < scale.cleanUpSeconds() * 1000.0) {
      for (Job job : history.findHistoryCleanupJobs()) {
        management.executeJob(job.getId());
        runs++;
      }
      long now = historyRows();
      if (now == left) {
        break;
      }
      left = now;
    }
    double seconds = Stats.millisSince(start) / 1000;
    long removed = before - historyRows();
    results.add("history", "clean-up", "job runs", runs, "runs");
    results.add("history", "clean-up", "rows removed", removed, "rows");
    results.add("history", "clean-up", "rows removed per second", removed / seconds, "rows/s");
    results.add("history", "clean-up", "hours for 1M rows", removed == 0 ? Double.NaN
        : 1_000_000 / (removed / seconds) / 3600, "h");
  }

  private long historyRows() {
    long rows = 0;
    for (String table : TABLES) {
      rows += app.count("select count(*) from " + table);
    }
    return rows;
  }

  private List<Double> timeStarts() {
    List<Double> millis = new ArrayList<>();
    // the first starts of a fresh JVM pay for class loading and compilation, not for the history: without a long
    // warm-up, starts with a million rows measured faster than the first ones with none
    int warmUp = Math.max(3, scale.warmUpCases() * 5);
    for (int i = 0; i < scale.repeats() + warmUp; i++) {
      long start = System.nanoTime();
      unionFlow.start(paths.visit());
      if (i >= warmUp) {
        millis.add(Stats.millisSince(start));
      }
    }
    return millis;
  }
}
