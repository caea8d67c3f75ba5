package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;

import java.util.LinkedHashMap;
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
import org.unionflow.aid.AidProcess;
import org.unionflow.visits.VisitProcess;

/**
 * Handing work over, as Tasklist does it over the engine REST: the officer who claimed a task releases it, the
 * chair reassigns it within its group, and nobody outside the group (or the union) takes it. A colleague does not
 * take over someone's claim, except where the model lets the leading group hand a task around (visits).
 */
@UnionFlowTest
class TaskHandOverTests {

  @Autowired DemoUsersOverHttp demo;

  @Test
  void theOfficerWhoClaimedATaskReleasesItAColleagueCannot() {
    String taskId = openVerification("PS-0011");
    assertThat(claim("ps-officer1", taskId)).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(unclaim("ps-officer2", taskId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(assign("ps-officer2", taskId, "ps-officer2").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(assignee(taskId)).isEqualTo("ps-officer1");

    assertThat(unclaim("ps-officer1", taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(taskId)).isNull();
    // released, the former holder keeps no right to hand it over
    assertThat(claim("ps-officer2", taskId)).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(unclaim("ps-officer1", taskId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theChairReassignsATaskToAnotherMemberOfItsGroupOnly() {
    String taskId = openVerification("PS-0012");
    claim("ps-officer1", taskId);

    assertThat(assign("ps-chair", taskId, "ps-officer2").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(taskId)).isEqualTo("ps-officer2");

    for (String outsider : new String[] {"ps-treasurer", "ms-officer1", "ps-chair"}) {
      ResponseEntity<Map<String, Object>> refused = assign("ps-chair", taskId, outsider);
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message")).as(outsider)
          .contains(outsider + " 不是本工会负责此任务的小组成员").contains("is not a member of this union's group");
    }
    assertThat(assignee(taskId)).isEqualTo("ps-officer2");
    assertThat(unclaim("ps-chair", taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(taskId)).isNull();
  }

  @Test
  void nobodyOutsideTheCandidateGroupTakesTheTask() {
    String taskId = openVerification("PS-0013");

    assertThat(claim("ps-treasurer", taskId)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claim("ps-auditor1", taskId)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claim("ms-officer1", taskId)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(assignee(taskId)).isNull();
  }

  @Test
  void theLeadingGroupHandsAVisitAroundWhereTheModelSaysSo() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VisitProcess.MEMBER_STAFF_NO, value("PS-0014"));
    variables.put(VisitProcess.EVENT_TYPE, value("RETIREMENT"));
    variables.put(VisitProcess.EVENT_DATE, value(UnionDay.today().toString()));
    variables.put(VisitProcess.DETAILS, value("Retires at the end of term"));
    variables.put(VisitProcess.REPORTER, value("ps-leader1"));
    String businessKey = (String) start("ps-leader1", VisitProcess.KEY, variables).get("businessKey");
    String taskId = (String) demo.tasks("ps-officer1", businessKey).get(0).get("id");
    claim("ps-officer1", taskId);

    assertThat(assign("ps-officer2", taskId, "ps-officer2").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(taskId)).isEqualTo("ps-officer2");
    assertThat(assign("ps-officer1", taskId, "ps-leader1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** An aid application waiting at its first home verification (officers, no hand-over within the group). */
  private String openVerification(String staffNo) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AidProcess.MEMBER_STAFF_NO, value(staffNo));
    variables.put(AidProcess.SOURCE, value("APPLICATION"));
    variables.put(AidProcess.CATEGORY, value("LOW_INCOME"));
    variables.put(AidProcess.HOUSEHOLD_SIZE, typed(3, "Long"));
    variables.put(AidProcess.INCOME_PER_HEAD, typed(1100.0, "Double"));
    variables.put(AidProcess.DESCRIPTION, value("Spouse lost their job; two children at school"));
    String businessKey = (String) start("ps-officer1", AidProcess.KEY, variables).get("businessKey");
    return (String) demo.tasks("ps-officer1", businessKey).get(0).get("id");
  }

  private Map<String, Object> start(String user, String processKey, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> started = demo.as(user).exchange("/engine-rest/process-definition/key/"
        + processKey + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return started.getBody();
  }

  private HttpStatus claim(String user, String taskId) {
    return (HttpStatus) demo.as(user).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user),
        String.class).getStatusCode();
  }

  private ResponseEntity<Map<String, Object>> unclaim(String user, String taskId) {
    return demo.as(user).exchange("/engine-rest/task/" + taskId + "/unclaim", HttpMethod.POST, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> assign(String user, String taskId, String to) {
    return demo.as(user).exchange("/engine-rest/task/" + taskId + "/assignee", HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", to)), JSON);
  }

  private String assignee(String taskId) {
    return (String) demo.as("ps-chair").exchange("/engine-rest/task/" + taskId, HttpMethod.GET, null, JSON).getBody()
        .get("assignee");
  }
}
