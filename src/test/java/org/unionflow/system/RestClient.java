package org.unionflow.system;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Talks to a running app as one demo user, the way Tasklist does: engine REST and domain REST with Basic auth. */
final class RestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String authorization;

  RestClient(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The answer to one request: status and body (JSON, or null when there is none). */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  Answer post(String path, Object body) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
  }

  Answer put(String path, Object body) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
  }

  /** Reports an event of a demo member today; the answer holds the new instance. */
  Answer reportVisit(String staffNo, String eventType, LocalDate eventDate) throws IOException, InterruptedException {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("memberStaffNo", value(staffNo));
    variables.put("eventType", value(eventType));
    variables.put("eventDate", value(eventDate.toString()));
    variables.put("daysInHospital", Map.of("value", 5, "type", "Long"));
    variables.put("details", value("Reported for a system test"));
    variables.put("reporter", value("System test"));
    return post("/engine-rest/process-definition/key/fiveMandatoryVisits/submit-form", Map.of("variables", variables));
  }

  /** Claims and submits the form of the case's open task with that key. */
  Answer claimAndSubmit(String businessKey, String taskKey, Map<String, Object> values)
      throws IOException, InterruptedException {
    JsonNode tasks = get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey="
        + taskKey).body();
    if (tasks == null || tasks.isEmpty()) {
      return new Answer(404, null);
    }
    String taskId = tasks.get(0).get("id").asText();
    Answer claim = post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user()));
    if (!claim.ok()) {
      return claim;
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, value instanceof Map<?, ?> ? value : value(value)));
    return post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  static <T> T read(JsonNode node, TypeReference<T> type) {
    return JSON.convertValue(node, type);
  }

  private String user() {
    String credentials = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
    return credentials.substring(0, credentials.indexOf(':'));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization).header("Accept", "application/json");
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
  }
}
