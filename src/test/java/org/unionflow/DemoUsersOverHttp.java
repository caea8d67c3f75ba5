package org.unionflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Works the running test app over HTTP as a demo user (password {@code demo}), the way Tasklist does. */
@Component
public class DemoUsersOverHttp {

  public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  public static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {
      };

  private final TestRestTemplate rest;

  DemoUsersOverHttp(TestRestTemplate rest) {
    this.rest = rest;
  }

  public TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  /** The open tasks of a case that the user may see. */
  public List<Map<String, Object>> tasks(String user, String businessKey) {
    return as(user).exchange("/engine-rest/task?processInstanceBusinessKey=" + businessKey, HttpMethod.GET, null,
        JSON_LIST).getBody();
  }

  /** Claims the case's open task of that key (one not claimed by someone else) and submits its form. */
  public void completeAs(String user, String businessKey, String taskKey, Map<String, Object> variables) {
    Map<String, Object> task = tasks(user, businessKey).stream()
        .filter(candidate -> taskKey.equals(candidate.get("taskDefinitionKey")))
        .filter(candidate -> candidate.get("assignee") == null || user.equals(candidate.get("assignee")))
        .findFirst().orElseThrow();
    String taskId = (String) task.get("id");
    assertThat(as(user).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(user).postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** A variable as the engine REST takes it, typed by its JSON value. */
  public static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** A variable with an explicit engine type (Long, Double, Boolean). */
  public static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
