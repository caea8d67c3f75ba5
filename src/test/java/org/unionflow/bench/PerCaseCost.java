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

  PerCaseCost(JavaApiDriver unionFlow, BareEngine bareEngine, Scale scale, Results results) {
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
  }

  private double millisPerCase(Runnable oneCase) {
    long start = System.nanoTime();
    for (int i = 0; i < scale.casesPerRound(); i++) {
      oneCase.run();
    }
    return Stats.millisSince(start) / scale.casesPerRound();
  }
}
