package org.unionflow.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Walks a case over authenticated /engine-rest as the demo users, as Tasklist does: start form, then per task
 * find it, claim it, submit its form. Every request's latency is kept; a 409 (lost race) is counted and retried.
 */
@RequiredArgsConstructor
final class RestDriver {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
  };
  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
  };
  private static final int ATTEMPTS = 5;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  private final String password;
  /** Executes the timer job of an activity in a case, given "instanceId activityId". */
  private final Consumer<String> fireTimer;
  private final List<Double> latencies = new ArrayList<>();
  private final AtomicInteger conflicts = new AtomicInteger();

  void run(CasePath path) throws IOException, InterruptedException {
    Map<String, Object> started = json.readValue(send(path.starter(), "POST",
        "/engine-rest/process-definition/key/" + path.processKey() + "/submit-form",
        Map.of("variables", typed(path.startValues()))), OBJECT);
    String instance = (String) started.get("id");
    for (CasePath.Step step : path.steps()) {
      if (step instanceof CasePath.Task task) {
        complete(instance, task);
      } else if (step instanceof CasePath.Timer timer) {
        fireTimer.accept(instance + " " + timer.activityId());
      }
    }
  }

  private void complete(String instance, CasePath.Task task) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      List<Map<String, Object>> open = json.readValue(send(task.user(), "GET", "/engine-rest/task?processInstanceId="
          + instance + "&taskDefinitionKey=" + task.taskKey(), null), LIST);
      Map<String, Object> mine = open.stream()
          .filter(candidate -> candidate.get("assignee") == null || task.user().equals(candidate.get("assignee")))
          .findFirst().orElseThrow(() -> new IllegalStateException("No task " + task.taskKey() + " for "
              + task.user() + " in " + instance));
      String id = (String) mine.get("id");
      if (send(task.user(), "POST", "/engine-rest/task/" + id + "/claim", Map.of("userId", task.user())) != null
          && send(task.user(), "POST", "/engine-rest/task/" + id + "/submit-form",
              Map.of("variables", typed(task.values()))) != null) {
        return;
      }
    }
    throw new IllegalStateException("Gave up on " + task.taskKey() + " of " + instance + " after " + ATTEMPTS
        + " conflicts");
  }

  /** The body of a GET; anything but 2xx fails the run. */
  String get(String user, String path) throws IOException, InterruptedException {
    return send(user, "GET", path, null);
  }

  /** Milliseconds a GET took; anything but 200 fails the run. */
  double timedGet(String user, String path) throws IOException, InterruptedException {
    long start = System.nanoTime();
    send(user, "GET", path, null);
    return Stats.millisSince(start);
  }

  /** The body of a 2xx answer, null for a 409; anything else fails the case. */
  private String send(String user, String method, String path, Object body) throws IOException,
      InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8)))
        // JSON first; a download (XLSX) is taken too
        .header("Accept", "application/json, */*;q=0.1");
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    double millis = Stats.millisSince(start);
    synchronized (latencies) {
      latencies.add(millis);
    }
    if (response.statusCode() == 409) {
      conflicts.incrementAndGet();
      return null;
    }
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " as " + user + ": " + response.statusCode() + " "
          + response.body());
    }
    return response.body();
  }

  /** Form values as the engine REST takes them: numbers and booleans carry their engine type. */
  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value instanceof Double || value instanceof Long || value instanceof Boolean) {
        variables.put(name, Map.of("value", value, "type", value.getClass().getSimpleName()));
      } else if (value instanceof JsonValue list) {
        // a taglist's answer, sent as Tasklist sends it
        variables.put(name, Map.of("value", list.getValueSerialized(), "type", "Json"));
      } else {
        variables.put(name, Map.of("value", value));
      }
    });
    return variables;
  }

  List<Double> latencies() {
    synchronized (latencies) {
      return List.copyOf(latencies);
    }
  }

  int conflicts() {
    return conflicts.get();
  }
}
