package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.visits.VisitProcess;

/**
 * Tasklist's Add Comment and History tab, as the engine REST serves them: whoever may work a task comments on it
 * and reads its history (the engine's per-task historic permissions), and reads nothing of another group's case.
 */
@UnionFlowTest
class TaskHistoryAccessTests {

  @Autowired DemoUsersOverHttp demo;

  @Test
  void anOfficerCommentsOnHisGroupsTaskAndReadsItsHistory() {
    Map<String, Object> started = report("RETIREMENT", "PS-0015");
    String taskId = (String) demo.tasks("ps-officer1", (String) started.get("businessKey")).get(0).get("id");
    demo.as("ps-officer2").postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ps-officer2"),
        String.class);

    ResponseEntity<Map<String, Object>> comment = demo.as("ps-officer1").exchange("/engine-rest/task/" + taskId
        + "/comment/create", HttpMethod.POST, new HttpEntity<>(Map.of("message", "家属周三下午在家 / Family home on Wednesday")),
        JSON);

    assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list("ps-officer1", "/engine-rest/task/" + taskId + "/comment")).extracting(entry -> entry.get("message"))
        .containsExactly("家属周三下午在家 / Family home on Wednesday");
    assertThat(list("ps-officer1", "/engine-rest/history/task?taskId=" + taskId)).singleElement()
        .satisfies(task -> assertThat(task).containsEntry("assignee", "ps-officer2"));
    assertThat(list("ps-officer1", "/engine-rest/history/user-operation?taskId=" + taskId))
        .extracting(entry -> entry.get("operationType")).contains("Claim");
  }

  @Test
  void nobodyReadsTheHistoryOfAnotherGroupsCase() {
    // a childbirth visit is the women's committee's; ps-officer1 is not in it
    Map<String, Object> started = report("CHILDBIRTH", "PS-0016");
    String processInstanceId = (String) started.get("id");
    String taskId = (String) demo.tasks("ps-women", (String) started.get("businessKey")).get(0).get("id");

    assertThat(list("ps-officer1", "/engine-rest/history/task?processInstanceId=" + processInstanceId)).isEmpty();
    assertThat(list("ps-officer1", "/engine-rest/history/process-instance?processInstanceId=" + processInstanceId))
        .isEmpty();
    assertThat(demo.as("ps-officer1").exchange("/engine-rest/task/" + taskId + "/comment/create", HttpMethod.POST,
        new HttpEntity<>(Map.of("message", "not mine")), JSON).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list("ps-women", "/engine-rest/history/task?processInstanceId=" + processInstanceId)).hasSize(1);
  }

  private Map<String, Object> report(String eventType, String staffNo) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VisitProcess.MEMBER_STAFF_NO, value(staffNo));
    variables.put(VisitProcess.EVENT_TYPE, value(eventType));
    variables.put(VisitProcess.EVENT_DATE, value(UnionDay.today().toString()));
    variables.put(VisitProcess.DETAILS, value("Reported at the group meeting"));
    variables.put(VisitProcess.REPORTER, value("ps-leader1"));
    ResponseEntity<Map<String, Object>> started = demo.as("ps-leader1").exchange("/engine-rest/process-definition/key/"
        + VisitProcess.KEY + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return started.getBody();
  }

  private List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> answer = demo.as(user).exchange(path, HttpMethod.GET, null, JSON_LIST);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }
}
