package org.unionflow.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;
import static org.unionflow.visits.VisitProcess.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.trail.ApprovalTrail;

/**
 * What an officer's browser does, over authenticated {@code /engine-rest} and the domain REST: report, claim,
 * complete, and find the visit in the visit ledger and the money in the fund ledger.
 */
@UnionFlowTest
class VisitRestTests {

  private static final String TODAY = UnionDay.today().toString();

  @Autowired TestRestTemplate rest;
  @Autowired DemoUsersOverHttp demo;
  @Autowired ApprovalTrail trail;

  @Test
  void officersWorkAReportedEventThroughTheEngineRestIntoBothLedgers() {
    Map<String, Object> started = report("ps-leader1", "PS-0002", "HOSPITALISATION", 4).getBody();
    String businessKey = (String) started.get("businessKey");
    assertThat(started.get("tenantId")).isEqualTo("union-ps1");

    assertThat(demo.tasks("ps-treasurer", businessKey)).isEmpty();
    assertThat(demo.tasks("ms-officer1", businessKey)).isEmpty();
    demo.completeAs("ps-officer1", businessKey, PLAN_VISIT, Map.of(PLANNED_DATE, value(TODAY),
        PLANNED_VISITORS, value("Wang Li")));
    demo.completeAs("ps-officer2", businessKey, RECORD_VISIT, Map.of(VISIT_DATE, value(TODAY), VISITORS, value("Wang Li"),
        SITUATION, value("Recovering at home after an operation"), MONEY_HANDED_OVER, typed(300.0, "Double"),
        HARDSHIP_FOUND, typed(false, "Boolean")));
    assertThat(demo.tasks("ps-officer1", businessKey)).isEmpty();
    demo.completeAs("ps-treasurer", businessKey, PAY_CONDOLENCE_MONEY, Map.of(PAID_ON, value(TODAY),
        PAYMENT_METHOD, value("BANK_TRANSFER")));

    Map<String, Object> visit = demo.as("ps-chair").exchange("/api/visits/" + businessKey, HttpMethod.GET, null, JSON)
        .getBody();
    assertThat(visit).containsEntry("status", "RECORDED").containsEntry("memberStaffNo", "PS-0002")
        .containsEntry("moneyHandedOver", 300.0).containsEntry("visitors", "Wang Li");
    Map<String, Object> ledger = demo.as("ps-treasurer").exchange("/api/fund/ledger?size=200", HttpMethod.GET, null, JSON)
        .getBody();
    assertThat((List<Map<String, Object>>) ledger.get("content")).filteredOn("businessKey", businessKey)
        .singleElement().satisfies(entry -> {
          assertThat(entry).containsEntry("amount", 300.0).containsEntry("category", "CONDOLENCE")
              .containsEntry("bookedBy", "ps-treasurer");
          assertThat((String) entry.get("voucherNo")).matches("PZ-\\d{4}-\\d{4}");
        });
    assertThat(trail.of((String) started.get("id"))).extracting("completedBy")
        .containsExactly("ps-officer1", "ps-officer2", "ps-treasurer");
    assertThat(demo.as("ms-officer1").exchange("/api/visits/" + businessKey, HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void withoutCredentialsTheApisAnswer401() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/user", "/api/members", "/api/visits",
        "/api/fund/ledger")) {
      ResponseEntity<String> response = rest.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
    }
    // a wrong password for a real user would throttle that user's logins for seconds; use a stranger
    assertThat(rest.withBasicAuth("nobody", "wrong").getForEntity("/api/members", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void badValuesAreRefusedWith400NamingEachFieldAndNothingStarts() {
    long before = visitCount();
    for (String resource : List.of("submit-form", "start")) {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(MEMBER_STAFF_NO, value("PS-0002"));
      variables.put(EVENT_TYPE, value("PARTY"));
      variables.put(EVENT_DATE, value("2026-13-45"));
      variables.put(DETAILS, value("Reported"));
      variables.put(REPORTER, value("Li Hua"));
      ResponseEntity<Map<String, Object>> refused = demo.as("ps-leader1").exchange(
          "/engine-rest/process-definition/key/" + KEY + "/" + resource, HttpMethod.POST,
          new HttpEntity<>(Map.of("variables", variables)), JSON);

      assertThat(refused.getStatusCode()).as(resource).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((List<Map<String, String>>) refused.getBody().get("fieldErrors")).extracting(error -> error.get("field"))
          .containsExactly(EVENT_TYPE, EVENT_DATE);
      // the notice beside the marked fields says what is wrong, without the fields' internal names
      assertThat((String) refused.getBody().get("message")).contains("must be a date").doesNotContain(EVENT_DATE);
    }
    assertThat(visitCount()).isEqualTo(before);
  }

  @Test
  void aDateGivenAsAMomentIsThatMomentsDayInTheUnion() {
    LocalDate day = UnionDay.today().minusDays(10);
    // half past five in the evening in UTC is half past one in the night of the next day in Beijing
    String evening = day.atTime(17, 30).atOffset(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MEMBER_STAFF_NO, value("PS-0019"));
    variables.put(EVENT_TYPE, value("WEDDING"));
    variables.put(EVENT_DATE, typed(evening, "Date"));
    variables.put(DETAILS, value("Married last week"));
    variables.put(REPORTER, value("ps-leader1"));
    ResponseEntity<Map<String, Object>> started = demo.as("ps-leader1").exchange(
        "/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, Object> visit = demo.as("ps-officer1").exchange("/api/visits/" + started.getBody().get("businessKey"),
        HttpMethod.GET, null, JSON).getBody();
    assertThat(visit).containsEntry("eventDate", day.plusDays(1).toString());
  }

  @Test
  void completingATaskThatIsGoneAnswers404() {
    ResponseEntity<Map<String, Object>> gone = demo.as("ps-officer1").exchange("/engine-rest/task/no-such-task/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of())), JSON);

    assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) gone.getBody().get("message")).contains("The task is gone");
  }

  @Test
  void aUserOutsideTheCandidateGroupCannotWorkTheTask() {
    String businessKey = (String) report("ps-officer1", "PS-0005", "WEDDING", null).getBody().get("businessKey");
    String taskId = (String) demo.tasks("ps-officer1", businessKey).get(0).get("id");

    ResponseEntity<String> claim = demo.as("ps-treasurer").postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "ps-treasurer"), String.class);

    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(demo.tasks("ps-officer1", businessKey).get(0).get("assignee")).isNull();
  }

  @Test
  void twoOfficersCompletingTheSameTaskAtOnceOneWinsAndTheOtherIsRefused() throws Exception {
    Map<String, Object> started = report("ps-leader2", "PS-0007", "RETIREMENT", null).getBody();
    String taskId = (String) demo.tasks("ps-officer1", (String) started.get("businessKey")).get(0).get("id");
    CountDownLatch go = new CountDownLatch(1);

    List<CompletableFuture<HttpStatus>> attempts = List.of("ps-officer1", "ps-officer2").stream()
        .map(officer -> CompletableFuture.supplyAsync(() -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return (HttpStatus) demo.as(officer).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
              Map.of("variables", Map.of(PLANNED_DATE, value(TODAY), PLANNED_VISITORS, value(officer))), String.class)
              .getStatusCode();
        })).toList();
    go.countDown();
    List<HttpStatus> outcomes = attempts.stream().map(CompletableFuture::join).toList();

    assertThat(outcomes).filteredOn(status -> status.is2xxSuccessful()).hasSize(1);
    // at the same moment: 409; just after the winner committed: the task is gone
    assertThat(outcomes).filteredOn(status -> !status.is2xxSuccessful()).singleElement()
        .isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
    assertThat(trail.of((String) started.get("id"))).hasSize(1);
    assertThat(demo.tasks("ps-officer1", (String) started.get("businessKey"))).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(RECORD_VISIT);
  }

  private ResponseEntity<Map<String, Object>> report(String reporter, String staffNo, String eventType,
      Integer daysInHospital) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MEMBER_STAFF_NO, value(staffNo));
    variables.put(EVENT_TYPE, value(eventType));
    variables.put(EVENT_DATE, value(TODAY));
    if (daysInHospital != null) {
      variables.put(DAYS_IN_HOSPITAL, typed(daysInHospital, "Long"));
    }
    variables.put(DETAILS, value("Reported at the group meeting"));
    variables.put(REPORTER, value(reporter));
    ResponseEntity<Map<String, Object>> started = demo.as(reporter).exchange(
        "/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return started;
  }



  private long visitCount() {
    Map<String, Object> page = demo.as("ps-officer1").exchange("/api/visits", HttpMethod.GET, null, JSON).getBody();
    return ((Number) ((Map<String, Object>) page.get("page")).get("totalElements")).longValue();
  }



}
