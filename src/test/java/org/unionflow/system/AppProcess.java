package org.unionflow.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged UnionFlow jar running as a separate process on its own free port, with its output in a log
 * file under target/. Always {@link #close() closed} by the test that started it.
 */
final class AppProcess implements AutoCloseable {

  // a Spring Boot start on a loaded two-core machine has been seen to take 150 s
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private AppProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** Starts the jar with the given Spring properties and waits until its health is UP. */
  static AppProcess start(String name, Map<String, String> properties) throws IOException, InterruptedException {
    int port = freePort();
    Path log = Path.of("target", "system-tests", name + "-" + port + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar(), "--server.port=" + port));
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    AppProcess app = new AppProcess(name, port, log, process);
    app.awaitHealthy();
    return app;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        kill();
      }
    }
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start; see " + log);
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYetListening) {
        // the port opens late in the start
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " was not healthy within " + START_TIMEOUT + "; see " + log);
  }

  private static String jar() {
    String jar = System.getProperty("unionflow.jar");
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new IllegalStateException("The packaged app is missing (" + jar + "): run the system tests with mvn verify");
    }
    return jar;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
