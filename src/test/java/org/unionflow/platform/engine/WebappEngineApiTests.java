package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.value;
import static org.unionflow.platform.engine.WebappSession.ENGINE_API;
import static org.unionflow.visits.VisitProcess.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;

/**
 * Tasklist's own path to the engine, {@code /camunda/api/engine}, answers refusals like /engine-rest: 400 with the
 * refused fields, 404 for a task that is gone, and no engine text in either.
 */
@UnionFlowTest
class WebappEngineApiTests {

  private static final LocalDate TODAY = UnionDay.today();

  @Autowired TestRestTemplate rest;

  @Test
  void aTaskFormRefusedByAServerRuleAnswers400NamingTheField() {
    WebappSession officer = WebappSession.logIn(rest, "ps-officer1");
    String businessKey = reportWedding(WebappSession.logIn(rest, "ps-leader1"));
    String taskId = (String) officer.get(ENGINE_API + "/task?processInstanceBusinessKey=" + businessKey, JSON_LIST)
        .getBody().get(0).get("id");
    assertThat(officer.post(ENGINE_API + "/task/" + taskId + "/claim", Map.of("userId", "ps-officer1"), JSON)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> refused = officer.post(ENGINE_API + "/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of(PLANNED_DATE, value(TODAY.minusDays(3).toString()),
            PLANNED_VISITORS, value("Wang Li"))), JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(refused)).extracting(error -> error.get("field")).containsExactly(PLANNED_DATE);
    assertNoEngineText(refused);
    assertThat(officer.get(ENGINE_API + "/task/" + taskId, JSON).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theFormContractHoldsOnTasklistsOwnApi() {
    WebappSession officer = WebappSession.logIn(rest, "ps-officer1");
    String businessKey = reportWedding(WebappSession.logIn(rest, "ps-leader1"));
    String taskId = (String) officer.get(ENGINE_API + "/task?processInstanceBusinessKey=" + businessKey, JSON_LIST)
        .getBody().get(0).get("id");
    assertThat(officer.post(ENGINE_API + "/task/" + taskId + "/claim", Map.of("userId", "ps-officer1"), JSON)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> refused = officer.post(ENGINE_API + "/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of(PLANNED_DATE, value(TODAY.toString()), PLANNED_VISITORS, value("王丽"),
            LEAD_GROUP, value("group-leaders"))), JSON);
    ResponseEntity<Map<String, Object>> write = officer.post(ENGINE_API + "/task/" + taskId + "/variables",
        Map.of("modifications", Map.of(LEAD_GROUP, value("group-leaders"))), JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(refused)).extracting(error -> error.get("field")).containsExactly(LEAD_GROUP);
    assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer.get(ENGINE_API + "/task/" + taskId + "/variables/" + LEAD_GROUP, JSON).getBody())
        .containsEntry("value", "officers");
  }

  @Test
  void aStartFormRefusedAnswers400NamingEachField() {
    WebappSession leader = WebappSession.logIn(rest, "ps-leader1");
    Map<String, Object> variables = reportVariables();
    variables.put(EVENT_DATE, value(TODAY.plusYears(2).toString()));
    variables.put(MEMBER_STAFF_NO, value("PS-9999"));

    ResponseEntity<Map<String, Object>> refused = leader.post(ENGINE_API + "/process-definition/key/" + KEY
        + "/submit-form", Map.of("variables", variables), JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(refused)).extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder(MEMBER_STAFF_NO, EVENT_DATE);
    assertNoEngineText(refused);
  }

  @Test
  void submittingATaskThatIsGoneAnswers404() {
    WebappSession officer = WebappSession.logIn(rest, "ps-officer1");

    ResponseEntity<Map<String, Object>> gone = officer.post(ENGINE_API + "/task/no-such-task/submit-form",
        Map.of("variables", Map.of()), JSON);

    assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertNoEngineText(gone);
  }

  private static String reportWedding(WebappSession leader) {
    ResponseEntity<Map<String, Object>> started = leader.post(ENGINE_API + "/process-definition/key/" + KEY
        + "/submit-form", Map.of("variables", reportVariables()), JSON);
    assertThat(started.getStatusCode()).as("reported: %s", started.getBody()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  private static Map<String, Object> reportVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MEMBER_STAFF_NO, value("PS-0004"));
    variables.put(EVENT_TYPE, value("WEDDING"));
    variables.put(EVENT_DATE, value(TODAY.toString()));
    variables.put(DETAILS, value("Reported at the group meeting"));
    variables.put(REPORTER, value("ps-leader1"));
    return variables;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> fieldErrors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, String>>) response.getBody().get("fieldErrors");
  }

  private static void assertNoEngineText(ResponseEntity<Map<String, Object>> response) {
    assertThat(String.valueOf(response.getBody())).doesNotContain("ENGINE-", "Exception:", "org.camunda",
        "TaskListener", "Cannot submit");
  }
}
