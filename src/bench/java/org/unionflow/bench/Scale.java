package org.unionflow.bench;

import java.util.List;

/** How much a run does: the full benchmark, or a smoke that proves the harness works in a minute or two. */
record Scale(String name, int warmUpCases, int rounds, int casesPerRound, int restCasesPerClient,
    List<Integer> clients, List<Integer> openTasks, List<Integer> registerRows, int historyRows, int repeats,
    int startUpRounds, int cleanUpSeconds, int figureRows) {

  static final Scale FULL = new Scale("full", 20, 7, 15, 6, List.of(1, 2, 4, 8),
      List.of(1_000, 10_000, 100_000), List.of(1_000, 100_000), 1_000_000, 40, 3, 60, 20);
  static final Scale SMOKE = new Scale("smoke", 1, 2, 2, 1, List.of(1, 2), List.of(20, 60), List.of(20, 60),
      3_000, 3, 1, 3, 1);

  /** The same scale with other inbox sizes, e.g. to reproduce one size on PostgreSQL without the others. */
  Scale withOpenTasks(List<Integer> sizes) {
    return new Scale(name, warmUpCases, rounds, casesPerRound, restCasesPerClient, clients, List.copyOf(sizes),
        registerRows, historyRows, repeats, startUpRounds, cleanUpSeconds, figureRows);
  }

  static Scale named(String name) {
    return switch (name) {
      case "full" -> FULL;
      case "smoke" -> SMOKE;
      default -> throw new IllegalArgumentException("--scale is full or smoke, not " + name);
    };
  }
}
