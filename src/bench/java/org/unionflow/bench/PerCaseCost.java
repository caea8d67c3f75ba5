package org.unionflow.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 1. Each process's main path through the Java API on three sides, rounds interleaved so drift of the machine hits
 * all alike: UnionFlow; the same BPMN and DMN models on the bare engine with {@link NoOpDelegates} (what UnionFlow
 * adds to the engine's work: the goal is at most 1.15 times this); and a bare process of as many user tasks
 * with the same values (what the models' richness costs). Also the history rows one case leaves, by table.
 */
final class PerCaseCost {

  /** Every history table a case writes to, and the history's byte arrays (JSON values). */
  private static final List<String> HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT",
      "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_INCIDENT", "ACT_GE_BYTEARRAY");
  private static final int HISTORY_BYTE_ARRAY = 3;

  private final BenchApp app;
  private final JavaApiDriver unionFlow;
  private final JavaApiDriver bare;
  private final JavaApiDriver sameModels;
  private final BareEngine bareEngine;
  private final Map<String, String> sameModelKeys;
  private final Scale scale;
  private final Results results;

  PerCaseCost(BenchApp app, JavaApiDriver unionFlow, BareEngine bareEngine, List<Supplier<CasePath>> paths,
      Scale scale, Results results) throws IOException {
    this.app = app;
    this.unionFlow = unionFlow;
    this.bare = new JavaApiDriver(bareEngine.engine(), null);
    // started as UnionFlow's cases are, by the same person for the same union
    this.sameModels = new JavaApiDriver(bareEngine.engine(), CasePaths.UNION);
    this.bareEngine = bareEngine;
    this.sameModelKeys = bareEngine.deploySameModels(paths.stream().map(path -> path.get().processKey())
        .collect(Collectors.toSet()));
    this.scale = scale;
    this.results = results;
  }

  void measure(String name, Supplier<CasePath> paths) {
    CasePath sample = paths.get();
    String bareKey = bareEngine.deployUserTasks((int) sample.userTasks());
    String sameModelKey = sameModelKeys.get(sample.processKey());
    Runnable unionFlowCase = () -> unionFlow.run(paths.get(), sample.processKey(), false);
    Runnable bareCase = () -> bare.run(paths.get(), bareKey, true);
    Runnable sameModelCase = () -> sameModels.run(paths.get(), sameModelKey, false);
    for (int i = 0; i < scale.warmUpCases(); i++) {
      unionFlowCase.run();
      sameModelCase.run();
      bareCase.run();
    }
    List<Double> unionFlowRounds = new ArrayList<>();
    List<Double> sameModelRounds = new ArrayList<>();
    List<Double> bareRounds = new ArrayList<>();
    for (int round = 0; round < scale.rounds(); round++) {
      unionFlowRounds.add(millisPerCase(unionFlowCase));
      sameModelRounds.add(millisPerCase(sameModelCase));
      bareRounds.add(millisPerCase(bareCase));
    }
    double unionFlowMedian = Stats.median(unionFlowRounds);
    double sameModelMedian = Stats.median(sameModelRounds);
    double bareMedian = Stats.median(bareRounds);
    String subject = name + " (" + sample.userTasks() + " user tasks)";
    results.add("per-case", subject, "unionflow median", unionFlowMedian, "ms/case");
    results.add("per-case", subject, "unionflow min..max",
        Stats.max(unionFlowRounds) - Stats.min(unionFlowRounds), "ms spread");
    results.add("per-case", subject, "same models bare median", sameModelMedian, "ms/case");
    results.add("per-case", subject, "same models bare min..max",
        Stats.max(sameModelRounds) - Stats.min(sameModelRounds), "ms spread");
    results.add("per-case", subject, "ratio vs same models", unionFlowMedian / sameModelMedian, "x");
    // each round's two sides ran back to back, so a slow spell of the machine (a checkpoint, another process)
    // hits both: the median of the rounds' own ratios moves less between runs than the ratio of the medians
    List<Double> roundRatios = IntStream.range(0, unionFlowRounds.size())
        .mapToObj(round -> unionFlowRounds.get(round) / sameModelRounds.get(round)).toList();
    results.add("per-case", subject, "ratio vs same models, median of rounds", Stats.median(roundRatios), "x");
    results.add("per-case", subject, "bare engine median", bareMedian, "ms/case");
    results.add("per-case", subject, "bare engine min..max", Stats.max(bareRounds) - Stats.min(bareRounds),
        "ms spread");
    results.add("per-case", subject, "ratio", unionFlowMedian / bareMedian, "x");
    // what the engine writes for one case explains most of the difference
    Map<String, Long> unionFlowHistory = historyRows(unionFlow.run(paths.get(), sample.processKey(), false));
    Map<String, Long> sameModelHistory = historyRows(sameModels.run(paths.get(), sameModelKey, false));
    results.add("per-case", subject, "unionflow history rows", total(unionFlowHistory), "rows/case");
    results.add("per-case", subject, "same models history rows", total(sameModelHistory), "rows/case");
    results.add("per-case", subject, "bare engine history rows", total(historyRows(bare.run(paths.get(), bareKey,
        true))), "rows/case");
    for (String table : HISTORY) {
      if (unionFlowHistory.get(table) + sameModelHistory.get(table) > 0) {
        String shortName = table.substring("ACT_".length());
        results.add("per-case", subject, shortName + " unionflow", unionFlowHistory.get(table), "rows/case");
        results.add("per-case", subject, shortName + " same models", sameModelHistory.get(table), "rows/case");
      }
    }
  }

  /** The case's rows in each history table, by its root process instance (every history row names it). */
  private Map<String, Long> historyRows(String processInstanceId) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : HISTORY) {
      String history = table.equals("ACT_GE_BYTEARRAY") ? " and TYPE_ = " + HISTORY_BYTE_ARRAY : "";
      rows.put(table, app.count("select count(*) from " + table + " where ROOT_PROC_INST_ID_ = '"
          + processInstanceId + "'" + history));
    }
    return rows;
  }

  private static long total(Map<String, Long> rows) {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  private double millisPerCase(Runnable oneCase) {
    long start = System.nanoTime();
    for (int i = 0; i < scale.casesPerRound(); i++) {
      oneCase.run();
    }
    return Stats.millisSince(start) / scale.casesPerRound();
  }
}
