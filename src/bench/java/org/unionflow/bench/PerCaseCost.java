package org.unionflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * 1. Each process's main path through the Java API against a bare process of as many user tasks with the same
 * values, rounds interleaved so drift of the machine hits both alike.
 */
final class PerCaseCost {

  private final JavaApiDriver unionFlow;
  private final JavaApiDriver bare;
  private final BareEngine bareEngine;
  private final Scale scale;
  private final Results results;

  private static final List<String> HISTORY = List.of("ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
      "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_DECINST", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG");

  private final BenchApp app;

  PerCaseCost(BenchApp app, JavaApiDriver unionFlow, BareEngine bareEngine, Scale scale, Results results) {
    this.app = app;
    this.unionFlow = unionFlow;
    this.bare = new JavaApiDriver(bareEngine.engine(), null);
    this.bareEngine = bareEngine;
    this.scale = scale;
    this.results = results;
  }

  void measure(String name, Supplier<CasePath> paths) {
    CasePath sample = paths.get();
    String bareKey = bareEngine.deployUserTasks((int) sample.userTasks());
    Runnable unionFlowCase = () -> unionFlow.run(paths.get(), sample.processKey(), false);
    Runnable bareCase = () -> bare.run(paths.get(), bareKey, true);
    for (int i = 0; i < scale.warmUpCases(); i++) {
      unionFlowCase.run();
      bareCase.run();
    }
    List<Double> unionFlowRounds = new ArrayList<>();
    List<Double> bareRounds = new ArrayList<>();
    for (int round = 0; round < scale.rounds(); round++) {
      unionFlowRounds.add(millisPerCase(unionFlowCase));
      bareRounds.add(millisPerCase(bareCase));
    }
    double unionFlowMedian = Stats.median(unionFlowRounds);
    double bareMedian = Stats.median(bareRounds);
    String subject = name + " (" + sample.userTasks() + " user tasks)";
    results.add("per-case", subject, "unionflow median", unionFlowMedian, "ms/case");
    results.add("per-case", subject, "unionflow min..max",
        Stats.max(unionFlowRounds) - Stats.min(unionFlowRounds), "ms spread");
    results.add("per-case", subject, "bare engine median", bareMedian, "ms/case");
    results.add("per-case", subject, "bare engine min..max", Stats.max(bareRounds) - Stats.min(bareRounds),
        "ms spread");
    results.add("per-case", subject, "ratio", unionFlowMedian / bareMedian, "x");
    // what the engine writes for one case explains most of the difference
    results.add("per-case", subject, "unionflow history rows", historyRows(unionFlow.run(paths.get(),
        sample.processKey(), false)), "rows/case");
    results.add("per-case", subject, "bare engine history rows", historyRows(bare.run(paths.get(), bareKey, true)),
        "rows/case");
  }

  private long historyRows(String processInstanceId) {
    long rows = 1;
    for (String table : HISTORY) {
      String column = switch (table) {
        case "ACT_HI_IDENTITYLINK" -> "ROOT_PROC_INST_ID_";
        case "ACT_HI_JOB_LOG" -> "PROCESS_INSTANCE_ID_";
        default -> "PROC_INST_ID_";
      };
      rows += app.count("select count(*) from " + table + " where " + column + " = '" + processInstanceId + "'");
    }
    return rows;
  }

  private double millisPerCase(Runnable oneCase) {
    long start = System.nanoTime();
    for (int i = 0; i < scale.casesPerRound(); i++) {
      oneCase.run();
    }
    return Stats.millisSince(start) / scale.casesPerRound();
  }
}
