package org.unionflow.platform.unions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.value;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.members.MemberService;
import org.unionflow.platform.Groups;
import org.unionflow.visits.VisitProcess;
import org.unionflow.visits.VisitRestScenario;

/**
 * The demo county's people read the base unions below it and change nothing there, over /engine-rest (as
 * Tasklist and Cockpit call it) and the domain REST; base unions and another county's unions stay closed.
 */
@UnionFlowTest
class CountyAccessTests {

  private static final List<String> COUNTY_PEOPLE = List.of("county-chair", "county-officer", "county-auditor");
  private static final String OTHER_COUNTY = "union-county-other";
  private static final String OTHER_SCHOOL = "union-other-school";
  private static final String OTHER_CHAIR = "other-county-chair";

  @Autowired DemoUsersOverHttp demo;
  @Autowired VisitRestScenario visits;
  @Autowired UnionAdministration unions;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired MemberService members;
  @Autowired TaskService tasks;

  private String visitKey;
  private String taskId;
  private String instanceId;

  @BeforeEach
  void aVisitWaitsAtPlanningInThePrimarySchool() {
    visitKey = visits.report("ps-leader1", "PS-0005", "FUNERAL", UnionDay.today(), "Mother passed away");
    taskId = (String) demo.tasks("ps-officer1", visitKey).get(0).get("id");
    instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(visitKey).singleResult().getId();
    unions.open(new Union(OTHER_COUNTY, "Other County Education Union / 另一县教育工会", null, UnionKind.COUNTY));
    unions.open(new Union(OTHER_SCHOOL, "Other County School Union / 另一县学校工会", OTHER_COUNTY, UnionKind.BASE));
    if (identity.createUserQuery().userId(OTHER_CHAIR).count() == 0) {
      User chair = identity.newUser(OTHER_CHAIR);
      chair.setFirstName("强");
      chair.setLastName("赵");
      chair.setPassword("demo");
      identity.saveUser(chair);
      identity.createMembership(OTHER_CHAIR, Groups.COUNTY_LEADERS);
      unions.addPerson(OTHER_COUNTY, OTHER_CHAIR);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"county-chair", "county-officer", "county-auditor"})
  void countyPeopleReadTheCasesAndRegistersOfEveryBaseUnionBelow(String reader) {
    assertThat(demo.tasks(reader, visitKey)).extracting(task -> task.get("id")).containsExactly(taskId);
    assertThat(get(reader, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + visitKey))
        .hasSize(1);
    for (String union : List.of("union-ps1", "union-ms2", "union-kg3")) {
      ResponseEntity<Map<String, Object>> register = demo.as(reader).exchange("/api/members?size=100&union=" + union,
          HttpMethod.GET, null, JSON);
      assertThat(register.getStatusCode()).as("%s reads %s", reader, union).isEqualTo(HttpStatus.OK);
      assertThat((List<?>) register.getBody().get("content")).as(union).isNotEmpty();
    }
    Map<String, Object> ledger = demo.as(reader).exchange("/api/visits?size=100&union=union-ps1", HttpMethod.GET,
        null, JSON).getBody();
    assertThat((List<Map<String, Object>>) ledger.get("content")).extracting(v -> v.get("businessKey"))
        .contains(visitKey);
  }

  @ParameterizedTest
  @ValueSource(strings = {"county-chair", "county-officer", "county-auditor"})
  void countyPeopleChangeNothingInABaseUnion(String reader) {
    long instances = runtime.createProcessInstanceQuery().count();
    assertThat(post(reader, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", reader)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(reader, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of(VisitProcess.PLANNED_DATE, value(UnionDay.today().toString()))))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(reader, "/engine-rest/task/" + taskId + "/complete", Map.of())).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(reader, "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", reader)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Tasklist's comment answers 400 for any refusal of the engine
    assertThat(post(reader, "/engine-rest/task/" + taskId + "/comment/create", Map.of("message", "Noted"))
        .is4xxClientError()).isTrue();
    assertThat(tasks.getTaskComments(taskId)).isEmpty();
    assertThat(demo.as(reader).exchange("/engine-rest/process-instance/" + instanceId + "/variables/details",
        HttpMethod.PUT, new HttpEntity<>(value("changed")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(reader, "/engine-rest/task/" + taskId + "/variables/details", value("changed")))
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(demo.as(reader).exchange("/engine-rest/task/" + taskId + "/localVariables/details",
        HttpMethod.PUT, new HttpEntity<>(value("changed")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> start = demo.as(reader).exchange("/engine-rest/process-definition/key/" + VisitProcess.KEY
        + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of(
            "unionId", value("union-ps1"), "memberStaffNo", value("PS-0005"), "eventType", value("FUNERAL"),
            "eventDate", value(UnionDay.today().toString()), "details", value("Again"), "reporter", value(reader)))),
        String.class);
    assertThat(start.getStatusCode().is4xxClientError()).as("start: %s", start.getBody()).isTrue();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);

    long ps1Members = members.search("union-ps1", null, null, Pageable.unpaged())
        .getTotalElements();
    ResponseEntity<String> member = demo.as(reader).exchange("/api/members?union=union-ps1", HttpMethod.POST,
        new HttpEntity<>(Map.of("staffNo", "PS-9001", "name", "县工会", "unionGroup", "Chinese group / 语文组",
            "status", "ACTIVE", "gender", "MALE", "birthDate", "1980-01-01", "joinDate", "2005-09-01")),
        String.class);
    assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(members.search("union-ps1", null, null, Pageable.unpaged())
        .getTotalElements()).isEqualTo(ps1Members);
    assertThat(history.createUserOperationLogQuery().taskId(taskId).userId(reader).count()).isZero();
  }

  @Test
  void aBaseUnionSeesNothingOfAnother() {
    assertThat(demo.tasks("ms-officer1", visitKey)).isEmpty();
    assertThat(get("ms-chair", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + visitKey))
        .isEmpty();
    assertThat(post("ms-officer1", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ms-officer1")))
        .isIn(HttpStatus.NOT_FOUND, HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.BAD_REQUEST);
    assertThat(demo.as("ms-chair").exchange("/api/members?union=union-ps1", HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anotherCountySeesNothingOfThisCountysUnionsNorTheyOfIt() {
    assertThat(demo.tasks(OTHER_CHAIR, visitKey)).isEmpty();
    assertThat(get(OTHER_CHAIR, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + visitKey))
        .isEmpty();
    for (String union : List.of("union-ps1", "union-ms2", "union-kg3", "union-county1")) {
      assertThat(demo.as(OTHER_CHAIR).exchange("/api/members?union=" + union, HttpMethod.GET, null, String.class)
          .getStatusCode()).as(union).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(demo.as(OTHER_CHAIR).exchange("/api/members?union=" + OTHER_SCHOOL, HttpMethod.GET, null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String reader : COUNTY_PEOPLE) {
      assertThat(demo.as(reader).exchange("/api/members?union=" + OTHER_SCHOOL, HttpMethod.GET, null, String.class)
          .getStatusCode()).as(reader).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  private List<Map<String, Object>> get(String user, String path) {
    return demo.as(user).exchange(path, HttpMethod.GET, null, JSON_LIST).getBody();
  }

  private HttpStatus post(String user, String path, Object body) {
    return HttpStatus.valueOf(demo.as(user).postForEntity(path, body, String.class).getStatusCode().value());
  }
}
