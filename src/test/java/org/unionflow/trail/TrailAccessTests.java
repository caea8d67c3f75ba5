package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.trail.TrailCases.entries;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.visits.VisitProcess;
import org.unionflow.visits.VisitRestScenario;

/**
 * Who reads which trail and who may change what, over the domain REST and the engine REST alike: refusals are
 * 403 (404 for another union's case), never an empty answer.
 */
@UnionFlowTest
class TrailAccessTests {

  @Autowired TrailCases cases;
  @Autowired VisitRestScenario visits;
  @Autowired DemoUsersOverHttp demo;
  @Autowired TestRestTemplate rest;

  /** Reported by ps-leader1, planned by ps-officer1, waiting for the visit to be recorded. */
  private String planned;
  private String plannedInstance;

  @BeforeEach
  void planAVisit() {
    planned = visits.lateFuneral("PS-0013");
    visits.plan("ps-officer1", planned);
    plannedInstance = (String) cases.trail("ps-auditor1", planned).get("processInstanceId");
  }

  @Test
  void auditorsReadEveryTrailAndTheEngineHistory() {
    assertThat(entries(cases.trail("ps-auditor1", planned))).isNotEmpty();
    assertThat(status("ps-auditor2", "/api/trail/verify")).isEqualTo(HttpStatus.OK);
    assertThat(status("ps-auditor1", "/api/trail/steps?person=ps-officer1")).isEqualTo(HttpStatus.OK);
    assertThat(demo.as("ps-auditor1").exchange("/api/trail/cases?businessKey=" + planned, HttpMethod.GET, null,
        JSON_LIST).getBody()).extracting(c -> c.get("businessKey")).containsExactly(planned);
    assertThat(demo.as("ps-auditor1").exchange("/engine-rest/history/process-instance?processInstanceBusinessKey="
        + planned, HttpMethod.GET, null, JSON_LIST).getBody()).hasSize(1);
    assertThat(demo.as("ps-auditor1").exchange("/engine-rest/history/task?processInstanceId=" + plannedInstance,
        HttpMethod.GET, null, JSON_LIST).getBody()).extracting(t -> t.get("taskDefinitionKey"))
        .contains(VisitProcess.PLAN_VISIT, VisitProcess.RECORD_VISIT);
  }

  @Test
  void auditorsChangeNothingInTheEngine() {
    String recordTask = (String) demo.tasks("ps-auditor1", planned).stream()
        .filter(task -> VisitProcess.RECORD_VISIT.equals(task.get("taskDefinitionKey"))).findFirst().orElseThrow()
        .get("id");

    assertThat(post("ps-auditor1", "/engine-rest/task/" + recordTask + "/claim", Map.of("userId", "ps-auditor1")))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("ps-auditor1", "/engine-rest/task/" + recordTask + "/complete", Map.of()))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("ps-auditor1", "/engine-rest/process-instance/" + plannedInstance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", VisitProcess.RECORD_VISIT)))))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(demo.as("ps-auditor1").exchange("/engine-rest/process-instance/" + plannedInstance + "/suspended",
        HttpMethod.PUT, new HttpEntity<>(Map.of("suspended", true)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(demo.as("ps-auditor1").exchange("/engine-rest/process-instance/" + plannedInstance, HttpMethod.DELETE,
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("ps-auditor1", "/engine-rest/process-definition/key/" + VisitProcess.KEY + "/start",
        Map.of("variables", Map.of()))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("ps-auditor1")).isEqualTo(HttpStatus.FORBIDDEN);
    // still where it was
    assertThat(cases.trail("ps-chair", planned)).containsEntry("state", "ACTIVE");
    assertThat(demo.tasks("ps-officer2", planned)).extracting(t -> t.get("assignee")).containsOnlyNulls();
  }

  @Test
  void theChairReadsEveryTrailButWorksOnlyTheChairsOwnTasks() {
    assertThat(entries(cases.trail("ps-chair", planned))).isNotEmpty();
    assertThat(status("ps-chair", "/api/trail/steps?person=ps-officer1")).isEqualTo(HttpStatus.OK);
    String recordTask = (String) demo.tasks("ps-chair", planned).stream()
        .filter(task -> VisitProcess.RECORD_VISIT.equals(task.get("taskDefinitionKey"))).findFirst().orElseThrow()
        .get("id");

    assertThat(post("ps-chair", "/engine-rest/task/" + recordTask + "/claim", Map.of("userId", "ps-chair")))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("ps-chair")).isEqualTo(HttpStatus.FORBIDDEN);
    // the supervision of this overdue visit is the chair's own task
    cases.fireTimer(planned, VisitProcess.VISIT_OVERDUE);
    visits.supervise(planned);
    assertThat(entries(cases.trail("ps-chair", planned))).anyMatch(e -> "ps-chair".equals(e.get("completedBy")));
  }

  @Test
  void officersReadOnlyTheTrailsOfCasesTheyTookPartIn() {
    assertThat(entries(cases.trail("ps-officer1", planned))).isNotEmpty();
    assertThat(entries(cases.trail("ps-leader1", planned))).isNotEmpty();
    assertThat(status("ps-officer2", "/api/trail/cases/" + planned)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("ps-officer2", "/api/trail/cases/" + planned + "/pdf")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("ps-officer2", "/api/trail/instances/" + plannedInstance)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("ps-officer2", "/api/trail/steps?person=ps-officer1")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("ps-officer1", "/api/trail/verify")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("ps-officer1", "/api/trail/cases?businessKey=VIS-")).isEqualTo(HttpStatus.FORBIDDEN);

    List<Map<String, Object>> own = rows("ps-officer1", "/api/trail/steps");
    assertThat(own).extracting(r -> r.get("businessKey")).contains(planned);
    assertThat(own).allMatch(r -> "ps-officer1".equals(r.get("completedBy")) || "ps-officer1".equals(r.get("claimedBy")));
  }

  @Test
  void theTreasurerReadsTheCasesThePaymentWasMadeIn() {
    assertThat(status("ps-treasurer", "/api/trail/cases/" + planned)).isEqualTo(HttpStatus.FORBIDDEN);
    String paid = visits.lateFuneral("PS-0014");
    visits.plan("ps-officer1", paid);
    visits.record("ps-officer2", paid, 500.0);

    assertThat(status("ps-treasurer", "/api/trail/cases/" + paid)).isEqualTo(HttpStatus.FORBIDDEN);
    visits.pay(paid);
    assertThat(entries(cases.trail("ps-treasurer", paid))).anyMatch(e -> "PAYMENT".equals(e.get("kind")));
    assertThat(entries(cases.trail("ps-officer2", paid))).isNotEmpty();
    assertThat(status("ps-treasurer", "/api/trail/steps?person=ps-officer2")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("ps-treasurer", "/api/trail/verify")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anotherUnionsCaseIsNotFoundAndNobodyReadsWithoutLoggingIn() {
    assertThat(status("ms-auditor1", "/api/trail/cases/" + planned)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("ms-chair", "/api/trail/instances/" + plannedInstance)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/trail/cases/" + planned, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("ps-auditor1", "wrong").getForEntity("/api/trail/cases/" + planned, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(demo.as(user).exchange(path, HttpMethod.GET, null, byte[].class).getStatusCode().value());
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(String user, String path) {
    return (List<Map<String, Object>>) demo.as(user).exchange(path, HttpMethod.GET, null, JSON).getBody().get("rows");
  }

  private HttpStatus post(String user, String path, Object body) {
    return HttpStatus.valueOf(demo.as(user).postForEntity(path, body, String.class).getStatusCode().value());
  }

  private HttpStatus deploy(String user) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "sneaky");
    form.add("model.bpmn", new ByteArrayResource(("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "targetNamespace=\"x\"><process id=\"sneaky\" isExecutable=\"true\"/></definitions>").getBytes()) {
      @Override
      public String getFilename() {
        return "model.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return HttpStatus.valueOf(demo.as(user).postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(form, headers), String.class).getStatusCode().value());
  }
}
