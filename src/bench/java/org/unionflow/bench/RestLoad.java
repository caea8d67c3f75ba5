package org.unionflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** 2. The main paths end to end over /engine-rest with 1, 2, 4, 8 concurrent clients, processes taken in turn. */
@RequiredArgsConstructor
final class RestLoad {

  private final BenchApp app;
  private final List<Supplier<CasePath>> paths;
  private final Scale scale;
  private final Results results;

  void measure() throws Exception {
    // warm the HTTP stack, security and the engine's caches once for each process
    RestDriver warmUp = driver();
    for (Supplier<CasePath> path : paths) {
      warmUp.run(path.get());
    }
    for (int clients : scale.clients()) {
      RestDriver driver = driver();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      int casesPerClient = scale.restCasesPerClient() * paths.size();
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int offset = client;
        running.add(pool.submit(() -> {
          for (int i = 0; i < casesPerClient; i++) {
            driver.run(paths.get((offset + i) % paths.size()).get());
          }
          return null;
        }));
      }
      try {
        for (Future<?> client : running) {
          client.get();
        }
      } finally {
        pool.shutdownNow();
      }
      double seconds = Stats.millisSince(start) / 1000.0;
      String subject = clients + (clients == 1 ? " client" : " clients");
      List<Double> latencies = driver.latencies();
      results.add("rest", subject, "cases/s", clients * casesPerClient / seconds, "cases/s");
      results.add("rest", subject, "request p50", Stats.percentile(latencies, 50), "ms");
      results.add("rest", subject, "request p95", Stats.percentile(latencies, 95), "ms");
      results.add("rest", subject, "requests", latencies.size(), "requests");
      results.add("rest", subject, "optimistic-locking 409s", driver.conflicts(), "responses");
    }
  }

  private RestDriver driver() {
    ManagementService management = app.engine().getManagementService();
    return new RestDriver(app.baseUrl(), app.demoPassword(), instanceAndActivity -> {
      String[] parts = instanceAndActivity.split(" ");
      Job timer = management.createJobQuery().processInstanceId(parts[0]).activityId(parts[1]).singleResult();
      management.executeJob(timer.getId());
    });
  }
}
