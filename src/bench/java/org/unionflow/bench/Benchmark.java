package org.unionflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Runs every measurement side by side in this JVM on one fresh database and writes the figures to
 * {@code <out>/results.json} and {@code results.csv}. A benchmark, not a test: it judges nothing.
 * Arguments: {@code --db=h2|postgres --scale=full|smoke --out=<folder>
 * --sections=per-case,rest,rest-auth,inbox,county-figures,registers,history,startup} (all by default; fewer to profile one)
 * {@code --open-tasks=1000,10000} (the inbox sizes, the
 * scale's when empty).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class Benchmark {

  // the app's default unionflow.zone: the benchmark counts the union's days, not the JVM's (no test helper here)
  private static final ZoneId UNION_ZONE = ZoneId.of("Asia/Shanghai");

  static final String ALL_SECTIONS = "per-case,rest,rest-auth,inbox,county-figures,registers,history,startup";

  private final Path out;
  private final String db;
  private final Scale scale;
  private final Set<String> sections;

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("db", "h2", "scale", "full", "out", "target/benchmark",
        "sections", ALL_SECTIONS, "open-tasks", ""));
    for (String arg : args) {
      String[] option = arg.replaceFirst("^--", "").split("=", 2);
      if (option.length != 2 || !options.containsKey(option[0])) {
        throw new IllegalArgumentException("Unknown argument " + arg
            + "; expected --db=, --scale=, --out=, --sections= or --open-tasks=");
      }
      options.put(option[0], option[1]);
    }
    try {
      Scale scale = Scale.named(options.get("scale"));
      if (!options.get("open-tasks").isBlank()) {
        scale = scale.withOpenTasks(Arrays.stream(options.get("open-tasks").split(",")).map(String::trim)
            .map(Integer::valueOf).toList());
      }
      Results results = new Benchmark(Path.of(options.get("out")), options.get("db"), scale,
          Set.of(options.get("sections").split(","))).run();
      results.printTable(System.out);
    } catch (Exception | Error failure) {
      failure.printStackTrace();
      System.exit(1);
    }
    // the engine's and Hikari's threads would keep the JVM alive
    System.exit(0);
  }

  Results run() throws Exception {
    Files.createDirectories(out);
    Results results = new Results();
    results.setting("database", db);
    results.setting("scale", scale.name());
    results.setting("cores", Runtime.getRuntime().availableProcessors());
    results.setting("java", System.getProperty("java.version"));
    results.setting("date", LocalDate.now(UNION_ZONE).toString());
    Database database = Database.create(db, out);
    LocalDate today = LocalDate.now(UNION_ZONE);
    try (BenchApp app = new BenchApp(database);
        BareEngine bare = new BareEngine(app.dataSource(), app.engineConfiguration(),
            new NoOpDelegates(app).beans())) {
      // every budget line of the demo union large enough for all the payments of the run
      app.execute("update uf_budget_line set amount = 999999999.00");
      CasePaths paths = new CasePaths(Clock.system(UNION_ZONE), app.count("select id from uf_budget_line where union_id = '"
          + CasePaths.UNION + "' and category = 'CULTURE_SPORTS' and budget_year = " + today.getYear()));
      JavaApiDriver unionFlow = new JavaApiDriver(app.engine(), CasePaths.UNION);
      HistoryGrowth history = new HistoryGrowth(app, unionFlow, paths, scale, results);
      if (sections.contains("history")) {
        history.measureEmpty();
      }
      List<Supplier<CasePath>> mainPaths = List.of(paths::visit, paths::motion, paths::aid, paths::expense);
      if (sections.contains("per-case")) {
        PerCaseCost perCase = new PerCaseCost(app, unionFlow, bare, mainPaths, scale, results);
        perCase.measure("fiveMandatoryVisits", paths::visit);
        perCase.measure("congressMotion", paths::motion);
        perCase.measure("hardshipAid", paths::aid);
        perCase.measure("expenseApproval", paths::expense);
      }
      if (sections.contains("rest")) {
        new RestLoad(app, mainPaths, scale, results).measure();
      }
      if (sections.contains("rest-auth")) {
        new RestAuthCost(app, scale, results).measure();
      }
      if (sections.contains("inbox")) {
        new InboxScaling(app, unionFlow, paths, scale, results).measure();
      }
      if (sections.contains("county-figures")) {
        // finished cases, so that every copy counts in a figure (paid, answered); the copies are removed
        mainPaths.stream().map(Supplier::get).forEach(path -> unionFlow.run(path, path.processKey(), false));
        new CountyFiguresScaling(app, scale, results, today).measure();
      }
      if (sections.contains("registers")) {
        // run alone, the section still finds a real row of each register to copy; a paid aid case opens a file
        mainPaths.forEach(path -> unionFlow.start(path.get()));
        CasePath paidAid = paths.aid();
        unionFlow.run(paidAid, paidAid.processKey(), false);
        new RegisterScaling(app, scale, results, today).measure();
      }
      if (sections.contains("history")) {
        history.measureGrown();
        history.measureCleanUp();
      }
    }
    if (sections.contains("startup")) {
      new StartupFootprint(out, scale, results).measure();
    }
    results.write(out);
    return results;
  }
}
