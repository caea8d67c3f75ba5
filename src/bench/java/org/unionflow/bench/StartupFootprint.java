package org.unionflow.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.unionflow.UnionFlowApplication;
import org.unionflow.bench.minimal.MinimalCamundaApp;
import org.unionflow.bench.minimal.StartupMarker;

/**
 * 5. Time from launch to ready, and heap and resident memory once settled, of UnionFlow (demo profile) against the
 * minimal Camunda app, each in a JVM of its own with the same class path and flags: a first start on an empty H2
 * file, and a restart on the file that start left.
 */
@RequiredArgsConstructor
final class StartupFootprint {

  private record Launch(double readyMillis, double heapMb, double rssMb) {
  }

  private static final String JVM_HEAP = "-Xmx512m";
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private final Path directory;
  private final Scale scale;
  private final Results results;

  void measure() throws Exception {
    // without the demo's year of history, which README's Run it section measures on its own
    String[] unionFlowArguments = {"--spring.profiles.active=demo", "--unionflow.demo.history=false",
        "--logging.level.root=WARN", "--logging.level.org.unionflow.platform.ReadyBanner=INFO"};
    String[] minimalArguments = {"--spring.profiles.active=" + MinimalCamundaApp.PROFILE,
        "--spring.config.name=" + MinimalCamundaApp.PROFILE, "--camunda.bpm.auto-deployment-enabled=false",
        "--spring.flyway.enabled=false", "--logging.level.root=WARN"};
    List<Launch> unionFlow = new ArrayList<>();
    List<Launch> unionFlowRestart = new ArrayList<>();
    List<Launch> minimal = new ArrayList<>();
    List<Launch> minimalRestart = new ArrayList<>();
    for (int round = 0; round < scale.startUpRounds(); round++) {
      // a first start on an empty file, then a restart on the database it left (no seeding, nothing new to deploy)
      unionFlow.add(launch(UnionFlowApplication.class.getName(), "UnionFlow is ready", round, true,
          unionFlowArguments));
      unionFlowRestart.add(launch(UnionFlowApplication.class.getName(), "UnionFlow is ready", round, false,
          unionFlowArguments));
      minimal.add(launch(MinimalCamundaApp.class.getName(), StartupMarker.READY, round, true, minimalArguments));
      minimalRestart.add(launch(MinimalCamundaApp.class.getName(), StartupMarker.READY, round, false,
          minimalArguments));
    }
    report("UnionFlow, first start", unionFlow);
    report("minimal Camunda app, first start", minimal);
    report("UnionFlow, restart", unionFlowRestart);
    report("minimal Camunda app, restart", minimalRestart);
    ratios("UnionFlow / minimal, first start", unionFlow, minimal);
    ratios("UnionFlow / minimal, restart", unionFlowRestart, minimalRestart);
  }

  private void ratios(String subject, List<Launch> unionFlow, List<Launch> minimal) {
    results.add("startup", subject, "ready ratio", median(unionFlow, Launch::readyMillis)
        / median(minimal, Launch::readyMillis), "x");
    results.add("startup", subject, "heap ratio", median(unionFlow, Launch::heapMb)
        / median(minimal, Launch::heapMb), "x");
    results.add("startup", subject, "RSS ratio", median(unionFlow, Launch::rssMb)
        / median(minimal, Launch::rssMb), "x");
  }

  private void report(String subject, List<Launch> launches) {
    results.add("startup", subject, "ready p50", median(launches, Launch::readyMillis), "ms");
    results.add("startup", subject, "heap used after GC", median(launches, Launch::heapMb), "MB");
    results.add("startup", subject, "RSS", median(launches, Launch::rssMb), "MB");
  }

  private static double median(List<Launch> launches, java.util.function.ToDoubleFunction<Launch> figure) {
    return Stats.median(launches.stream().map(launch -> figure.applyAsDouble(launch)).toList());
  }

  /** One launch on the round's H2 file: emptied first ({@code fresh}) or as the round's previous launch left it. */
  private Launch launch(String mainClass, String readyLine, int round, boolean fresh, String... arguments)
      throws Exception {
    Path database = directory.resolve("startup").resolve(mainClass.substring(mainClass.lastIndexOf('.') + 1) + round);
    if (fresh) {
      Database.deleteRecursively(database);
    }
    List<String> command = new ArrayList<>(List.of(javaExecutable(), JVM_HEAP, "-cp", classPath(), mainClass,
        "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath().resolve("db")
            + ";DB_CLOSE_ON_EXIT=FALSE"));
    command.addAll(List.of(arguments));
    Path log = database.resolve(fresh ? "first-start.log" : "restart.log");
    Files.createDirectories(database);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // not closed here: the drain thread holds it until the process ends
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
    try {
      String line;
      while ((line = output.readLine()) != null && !line.contains(readyLine)) {
        copy.println(line);
      }
      if (line == null) {
        throw new IllegalStateException(mainClass + " ended before it was ready: exit " + process.waitFor()
            + "; its output is in " + log);
      }
      double ready = Stats.millisSince(start);
      Thread drain = new Thread(() -> output.lines().forEach(copy::println));
      drain.setDaemon(true);
      drain.start();
      TimeUnit.SECONDS.sleep(3);
      jcmd(process.pid(), "GC.run");
      double heap = match(HEAP_USED, jcmd(process.pid(), "GC.heap_info")) / 1024.0;
      double rss = match(RSS, Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"))) / 1024.0;
      return new Launch(ready, heap, rss);
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }

  private static double match(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + pattern + " in " + text);
    }
    return Double.parseDouble(matcher.group(1));
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Surefire and failsafe run tests from a manifest-only jar and keep the real class path in a property of their
   * own. An empty entry in it would put the working directory, with its processes/ folder, on the class path too.
   */
  private static String classPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
        .collect(Collectors.joining(File.pathSeparator));
  }
}
