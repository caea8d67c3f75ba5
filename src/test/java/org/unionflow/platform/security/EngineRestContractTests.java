package org.unionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;
import static org.unionflow.visits.VisitProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.aid.AidProcess;

/**
 * The reproductions of a hostile officer over {@code /engine-rest} with his own login: each is refused, and
 * the other union's case, the route, the candidate group and the variables are as they were.
 */
@UnionFlowTest
class EngineRestContractTests {

  @Autowired Clock clock;
  @Autowired DemoUsersOverHttp demo;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void anExtraVariableOnAFormIsRefusedByNameAndNothingIsWritten() {
    Map<String, Object> own = report("ps-leader1", "PS-0004");
    Map<String, Object> other = report("ms-leader1", "MS-0004");
    Object otherVisitId = runtime.getVariable((String) other.get("id"), VISIT_ID);
    String taskId = claimedTask("ps-officer1", (String) own.get("businessKey"));

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(PLANNED_DATE, value(today()));
    variables.put(PLANNED_VISITORS, value("王丽"));
    variables.put(VISIT_ID, typed(otherVisitId, "Long"));
    variables.put(LEAD_GROUP, value("group-leaders"));
    ResponseEntity<Map<String, Object>> refused = submit("ps-officer1", taskId, variables);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly(VISIT_ID, LEAD_GROUP);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(runtime.getVariable((String) own.get("id"), LEAD_GROUP)).isEqualTo("officers");
    Map<String, Object> otherVisit = demo.as("ms-chair")
        .exchange("/api/visits/" + other.get("businessKey"), HttpMethod.GET, null, JSON).getBody();
    assertThat(otherVisit.get("status")).isEqualTo("REPORTED");
    assertThat(otherVisit.get("plannedVisitors")).isNull();
  }

  @Test
  void aCapTheProcessComputedCannotBeLiftedOnRecordVisit() {
    Map<String, Object> own = report("ps-leader1", "PS-0006");
    String businessKey = (String) own.get("businessKey");
    demo.completeAs("ps-officer1", businessKey, PLAN_VISIT, Map.of(PLANNED_DATE, value(today()),
        PLANNED_VISITORS, value("王丽")));
    String taskId = claimedTask("ps-officer2", businessKey);
    Object standard = runtime.getVariable((String) own.get("id"), STANDARD_AMOUNT);

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VISIT_DATE, value(today()));
    variables.put(VISITORS, value("王丽"));
    variables.put(SITUATION, value("在家休养"));
    variables.put(MONEY_HANDED_OVER, typed(5000.0, "Double"));
    variables.put(HARDSHIP_FOUND, typed(false, "Boolean"));
    variables.put(STANDARD_AMOUNT, typed(99999.0, "Double"));
    ResponseEntity<Map<String, Object>> refused = submit("ps-officer2", taskId, variables);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly(STANDARD_AMOUNT);
    assertThat(runtime.getVariable((String) own.get("id"), STANDARD_AMOUNT)).isEqualTo(standard);
  }

  @Test
  void computedVariablesAndCaseNumbersCannotBeSetAtTheStart() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    Map<String, Object> variables = startForm("PS-0008");
    variables.put(STANDARD_AMOUNT, typed(99999, "Long"));
    variables.put(INITIATOR, value("ps-chair"));
    ResponseEntity<Map<String, Object>> refused = demo.as("ps-leader1").exchange(
        "/engine-rest/process-definition/key/" + KEY + "/start", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactlyInAnyOrder(STANDARD_AMOUNT, INITIATOR);

    ResponseEntity<Map<String, Object>> ownKey = demo.as("ps-leader1").exchange(
        "/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", startForm("PS-0008"), "businessKey", "VIS-2099-999")), JSON);
    assertThat(ownKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(ownKey)).containsExactly("businessKey");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
  }

  @Test
  void startingInsideTheModelOrSkippingItsMappingsIsTheAdministratorsAlone() {
    long before = runtime.createProcessInstanceQuery().count();
    Map<String, Object> body = Map.of(
        "variables", Map.of("route", value("CHAIR"), "amount", typed(9000, "Long")),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "requestExpense")),
        "skipIoMappings", true);
    ResponseEntity<Map<String, Object>> refused = demo.as("ps-officer1").exchange(
        "/engine-rest/process-definition/key/expenseApproval/start", HttpMethod.POST, new HttpEntity<>(body), JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message")).contains("administrator").doesNotContain("ENGINE-");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void messagesSignalsVariableWritesAndModificationsAreRefused() {
    Map<String, Object> own = report("ps-leader1", "PS-0009");
    String instanceId = (String) own.get("id");
    String taskId = (String) demo.tasks("ps-officer1", (String) own.get("businessKey")).get(0).get("id");
    long aidCases = runtime.createProcessInstanceQuery().processDefinitionKey(AidProcess.KEY).count();

    List<ResponseEntity<String>> attempts = List.of(
        post("/engine-rest/message", Map.of("messageName", AidProcess.REFERRAL_MESSAGE,
            "processVariables", Map.of(AidProcess.INCOME_PER_HEAD, typed(-9999, "Long"),
                AidProcess.HOUSEHOLD_SIZE, typed(0, "Long")))),
        post("/engine-rest/signal", Map.of("name", "anything")),
        put("/engine-rest/task/" + taskId + "/variables/" + LEAD_GROUP, value("group-leaders")),
        put("/engine-rest/task/" + taskId + "/localVariables/" + LEAD_GROUP, value("group-leaders")),
        post("/engine-rest/task/" + taskId + "/variables", Map.of("modifications", Map.of(LEAD_GROUP,
            value("group-leaders")))),
        put("/engine-rest/process-instance/" + instanceId + "/variables/" + STANDARD_AMOUNT, typed(99999, "Long")),
        post("/engine-rest/process-instance/" + instanceId + "/variables", Map.of("deletions", List.of(VISIT_ID))),
        post("/engine-rest/process-instance/" + instanceId + "/modification", Map.of("instructions",
            List.of(Map.of("type", "startBeforeActivity", "activityId", PAY_CONDOLENCE_MONEY)))),
        post("/engine-rest/task/" + taskId + "/resolve", Map.of("variables", Map.of())));

    assertThat(attempts).allSatisfy(response -> {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(403, 404);
      assertThat(response.getBody()).doesNotContain("ENGINE-", "SQL", "\tat ");
    });
    assertThat(runtime.getVariable(instanceId, LEAD_GROUP)).isEqualTo("officers");
    assertThat(runtime.getVariable(instanceId, VISIT_ID)).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AidProcess.KEY).count()).isEqualTo(aidCases);
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
        .isEqualTo(PLAN_VISIT);
  }

  @Test
  void anotherUnionsTaskAnswersAsATaskThatDoesNotExist() {
    Map<String, Object> other = report("ms-leader1", "MS-0005");
    String taskId = (String) demo.tasks("ms-officer1", (String) other.get("businessKey")).get(0).get("id");

    for (String action : List.of("submit-form", "complete")) {
      ResponseEntity<Map<String, Object>> answer = demo.as("ps-officer1").exchange(
          "/engine-rest/task/" + taskId + "/" + action, HttpMethod.POST,
          new HttpEntity<>(Map.of("variables", Map.of(PLANNED_DATE, value(today())))), JSON);
      ResponseEntity<Map<String, Object>> missing = demo.as("ps-officer1").exchange(
          "/engine-rest/task/no-such-task/" + action, HttpMethod.POST,
          new HttpEntity<>(Map.of("variables", Map.of(PLANNED_DATE, value(today())))), JSON);
      assertThat(answer.getStatusCode()).as(action).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody().get("message")).isEqualTo(missing.getBody().get("message"));
    }
    for (String path : List.of("/engine-rest/task/" + taskId, "/engine-rest/task/" + taskId + "/variables",
        "/engine-rest/process-instance/" + other.get("id"), "/engine-rest/process-instance/" + other.get("id") + "/variables")) {
      ResponseEntity<String> read = demo.as("ps-officer1").exchange(path, HttpMethod.GET, null, String.class);
      assertThat(read.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(read.getBody()).as(path).doesNotContain("ENGINE-", "tenant");
    }
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void aClaimThatLostTheRaceAnswers409() {
    Map<String, Object> own = report("ps-leader1", "PS-0012");
    String taskId = claimedTask("ps-officer1", (String) own.get("businessKey"));

    ResponseEntity<Map<String, Object>> lost = demo.as("ps-officer2").exchange("/engine-rest/task/" + taskId + "/claim",
        HttpMethod.POST, new HttpEntity<>(Map.of("userId", "ps-officer2")), JSON);

    assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) lost.getBody().get("message")).contains("already claimed").doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("ps-officer1");
  }

  @Test
  void objectTypedValuesAreRefusedAtTheirField() {
    Map<String, Object> variables = startForm("PS-0010");
    variables.put(DETAILS, Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
            "application/x-java-serialized-object")));
    ResponseEntity<Map<String, Object>> refused = demo.as("ps-leader1").exchange(
        "/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly(DETAILS);
  }

  private Map<String, Object> report(String reporter, String staffNo) {
    ResponseEntity<Map<String, Object>> started = demo.as(reporter).exchange(
        "/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", startForm(staffNo))), JSON);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return started.getBody();
  }

  private Map<String, Object> startForm(String staffNo) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MEMBER_STAFF_NO, value(staffNo));
    variables.put(EVENT_TYPE, value("WEDDING"));
    variables.put(EVENT_DATE, value(today()));
    variables.put(DETAILS, value("小组会上报告"));
    variables.put(REPORTER, value("李华"));
    return variables;
  }

  private String claimedTask(String officer, String businessKey) {
    String taskId = (String) demo.tasks(officer, businessKey).stream()
        .filter(task -> task.get("assignee") == null).findFirst().orElseThrow().get("id");
    assertThat(demo.as(officer).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", officer),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return taskId;
  }

  private ResponseEntity<Map<String, Object>> submit(String user, String taskId, Map<String, Object> variables) {
    return demo.as(user).exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);
  }

  private ResponseEntity<String> post(String path, Object body) {
    return demo.as("ps-officer1").exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
  }

  private ResponseEntity<String> put(String path, Object body) {
    return demo.as("ps-officer1").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, String>>) response.getBody().get("fieldErrors")).stream().map(error -> error.get("field"))
        .toList();
  }

  /** Today as the app's clock says, the one production code dates by. */
  private String today() {
    return LocalDate.now(clock).toString();
  }
}
