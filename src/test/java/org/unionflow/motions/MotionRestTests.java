package org.unionflow.motions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;
import static org.unionflow.motions.MotionProcess.*;

import java.time.LocalDate;
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

/**
 * A motion of the demo primary school worked through authenticated {@code /engine-rest} by each demo user in
 * turn (representative, motion committee, two departments, principal, proposer), then read from the register
 * and its statistics.
 */
@UnionFlowTest
class MotionRestTests {

  private static final LocalDate TODAY = UnionDay.today();
  private static final String DEMO_SESSION = "3rd congress, 2nd session / 三届二次";

  @Autowired DemoUsersOverHttp demo;

  @Test
  void aRepresentativesMotionIsWorkedByEveryRoleAndCountedInTheSessionStatistics() {
    long sessionId = currentSessionId();
    Map<String, Object> before = statistics(sessionId);

    ResponseEntity<Map<String, Object>> started = submit("ps-rep1", "Shade over the school gate", "ps-rep2", "ps-rep3");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String businessKey = (String) started.getBody().get("businessKey");
    assertThat(businessKey).matches("MOT-" + TODAY.getYear() + "-\\d{3,}");
    assertThat(started.getBody().get("tenantId")).isEqualTo("union-ps1");

    assertThat(demo.as("ps-rep1").exchange("/engine-rest/process-definition/key/" + KEY + "/deployed-start-form",
        HttpMethod.GET, null, JSON).getBody()).containsEntry("id", FORM_SUBMIT_MOTION);
    assertThat(demo.tasks("ps-dept-academic", businessKey)).isEmpty();
    assertThat(demo.tasks("ps-motions", businessKey)).isEmpty();
    demo.completeAs("ps-rep2", businessKey, CONFIRM_CO_SIGNING, Map.of(CO_SIGNING, value("CONFIRM")));
    demo.completeAs("ps-rep3", businessKey, CONFIRM_CO_SIGNING, Map.of(CO_SIGNING, value("CONFIRM"),
        CO_SIGNING_COMMENT, value("同意 / agreed")));
    demo.completeAs("ps-motions", businessKey, REVIEW_MOTION, Map.of(DECISION, value("ACCEPT"),
        HANDLING_DEPARTMENTS, typed("[\"dept-general-affairs\", \"dept-hr\"]", "Json"),
        LEAD_DEPARTMENT, value("dept-general-affairs"), DECISION_REASON, value("Safety of pupils")));
    String draftTask = (String) demo.tasks("ps-dept-hr", businessKey).get(0).get("id");
    assertThat(demo.as("ps-dept-hr").exchange("/engine-rest/task/" + draftTask + "/deployed-form", HttpMethod.GET, null,
        JSON).getBody()).containsEntry("id", FORM_DRAFT_REPLY);
    demo.completeAs("ps-dept-general", businessKey, DRAFT_REPLY, Map.of(REPLY_OUTCOME, value("SCHEDULED"),
        SCHEDULED_DATE, value(TODAY.plusMonths(2).toString()), REPLY_CONTENT, value("A canopy is ordered")));
    demo.completeAs("ps-dept-hr", businessKey, DRAFT_REPLY, Map.of(REPLY_OUTCOME, value("SOLVED"),
        REPLY_CONTENT, value("Gate duty rota now includes shade breaks")));
    demo.completeAs("ps-principal", businessKey, SIGN_OFF_REPLY, Map.of(SIGN_OFF, value("APPROVED")));
    demo.completeAs("ps-principal", businessKey, SIGN_OFF_REPLY, Map.of(SIGN_OFF, value("APPROVED")));
    demo.completeAs("ps-rep1", businessKey, GIVE_FEEDBACK, Map.of(FEEDBACK, value("BASICALLY_SATISFIED"),
        FEEDBACK_COMMENT, value("Hope the canopy comes before summer")));

    Map<String, Object> motion = demo.as("ps-chair").exchange("/api/motions/" + businessKey, HttpMethod.GET, null, JSON)
        .getBody();
    assertThat(motion).containsEntry("status", "PUBLISHED").containsEntry("proposer", "ps-rep1")
        .containsEntry("leadDepartment", "dept-general-affairs").containsEntry("feedback", "BASICALLY_SATISFIED")
        .containsEntry("publishedOn", TODAY.toString());
    assertThat((List<Map<String, Object>>) motion.get("replies")).extracting(reply -> reply.get("department"))
        .containsExactlyInAnyOrder("dept-general-affairs", "dept-hr");
    assertThat((List<Map<String, Object>>) motion.get("history")).extracting(step -> step.get("completedBy"))
        .containsExactly("ps-rep2", "ps-rep3", "ps-motions", "ps-dept-general", "ps-dept-hr", "ps-principal",
            "ps-principal", "ps-rep1");
    assertThat((List<String>) motion.get("confirmedCoSigners")).containsExactly("ps-rep2", "ps-rep3");

    Map<String, Object> after = statistics(sessionId);
    for (String figure : List.of("filed", "accepted", "answered", "answeredOnTime", "withFeedback", "satisfied")) {
      assertThat(((Number) after.get(figure)).intValue()).as(figure)
          .isEqualTo(((Number) before.get(figure)).intValue() + 1);
    }
    assertThat(after.get("handlingRate")).isNotNull();
    ResponseEntity<String> csv = demo.as("ps-chair").getForEntity("/api/motions/statistics.csv?sessionId=" + sessionId,
        String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody().lines()).hasSize(2).first().isEqualTo(MotionStatistics.CSV_HEADER);
    assertThat(csv.getBody().lines().skip(1).findFirst().orElseThrow())
        .startsWith("\"" + DEMO_SESSION + "\"," + after.get("filed") + ",");

    assertThat(keys("/api/motions?department=dept-hr&status=PUBLISHED&sessionId=" + sessionId)).contains(businessKey);
    assertThat(keys("/api/motions?category=TEACHING")).doesNotContain(businessKey);
    assertThat(demo.as("ms-officer1").exchange("/api/motions/" + businessKey, HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anEmptyTitleOrAnUnknownCoSignerIsRefusedWith400AndNothingIsFiled() {
    long before = filed();

    ResponseEntity<Map<String, Object>> empty = submit("ps-rep1", " ", "ps-rep2", "ps-rep3");
    ResponseEntity<Map<String, Object>> unknown = submit("ps-rep1", "Library open later", "ps-rep2", "ghost-rep");
    // the submitting representative is not among the choices
    ResponseEntity<Map<String, Object>> self = submit("ps-rep1", "Library open later", "ps-rep1", "ps-rep2");

    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) empty.getBody().get("fieldErrors")).extracting(error -> error.get("field"))
        .containsExactly(TITLE);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) unknown.getBody().get("fieldErrors"))
        .extracting(error -> error.get("field")).containsExactly(CO_SIGNERS);
    assertThat(fieldsRefused(self)).containsExactly(CO_SIGNERS);
    assertThat(filed()).isEqualTo(before);
  }

  @Test
  void theStartFormOffersTheOtherRepresentativesByNameAndOnlyTheNamedCoSignerAnswersTheirConfirmation() {
    Map<String, Object> form = demo.as("ps-rep1").exchange("/engine-rest/process-definition/key/" + KEY
        + "/deployed-start-form", HttpMethod.GET, null, JSON).getBody();
    Map<String, Object> picker = ((List<Map<String, Object>>) form.get("components")).stream()
        .filter(component -> CO_SIGNERS.equals(component.get("key"))).findFirst().orElseThrow();
    assertThat(picker).containsEntry("type", "taglist").doesNotContainKey("valuesKey");
    assertThat((List<Map<String, String>>) picker.get("values")).extracting(choice -> choice.get("value"))
        .containsExactly("ps-rep2", "ps-rep3");
    assertThat((List<Map<String, String>>) picker.get("values")).extracting(choice -> choice.get("label"))
        .allMatch(label -> label.matches("(李伟|张芳) · .+"));

    String businessKey = (String) submit("ps-rep1", "Water dispensers on every floor", "ps-rep2", "ps-rep3")
        .getBody().get("businessKey");
    String rep2sTask = demo.tasks("ps-rep3", businessKey).stream()
        .filter(task -> "ps-rep2".equals(task.get("assignee"))).map(task -> (String) task.get("id")).findFirst()
        .orElseThrow();
    ResponseEntity<Map<String, Object>> forged = demo.as("ps-rep3").exchange("/engine-rest/task/" + rep2sTask
        + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of(CO_SIGNING, value("DECLINE")))),
        JSON);
    assertThat(fieldsRefused(forged)).containsExactly(CO_SIGNING);
    assertThat(((List<Map<String, String>>) forged.getBody().get("fieldErrors")).get(0).get("message"))
        .startsWith("只有附议人 ps-rep2 本人可以确认附议");

    demo.completeAs("ps-rep2", businessKey, CONFIRM_CO_SIGNING, Map.of(CO_SIGNING, value("CONFIRM")));
    demo.completeAs("ps-rep3", businessKey, CONFIRM_CO_SIGNING, Map.of(CO_SIGNING, value("DECLINE"),
        CO_SIGNING_COMMENT, value("先征求教职工意见 / ask the staff first")));
    Map<String, Object> motion = demo.as("ps-rep1").exchange("/api/motions/" + businessKey, HttpMethod.GET, null, JSON)
        .getBody();
    assertThat(motion).containsEntry("status", "AMENDING");
    assertThat((List<String>) motion.get("declinedCoSigners")).containsExactly("ps-rep3");
    assertThat((String) motion.get("signatureProblem")).startsWith("不附议：张芳");
    assertThat((List<Map<String, Object>>) motion.get("history")).extracting(step -> step.get("completedBy"))
        .containsExactly("ps-rep2", "ps-rep3");
    assertThat(demo.tasks("ps-rep1", businessKey)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(AMEND_MOTION);
  }

  @Test
  void onlyRepresentativesMaySubmitAMotion() {
    assertThat(submit("ps-treasurer", "Pay rise", "ps-rep2", "ps-rep3").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theMotionCommitteeOpensTheNextSessionAndElectsItsRepresentatives() {
    // opens next year, so motions filed today stay with the current session
    LocalDate opensOn = TODAY.plusYears(1);
    ResponseEntity<Map<String, Object>> opened = demo.as("ps-motions").exchange("/api/congress/sessions", HttpMethod.POST,
        new HttpEntity<>(Map.of("name", "4th congress, 1st session / 四届一次", "opensOn", opensOn.toString(),
            "closesOn", opensOn.plusYears(1).toString())), JSON);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String representatives = "/api/congress/sessions/" + opened.getBody().get("id") + "/representatives";

    ResponseEntity<Map<String, Object>> elected = demo.as("ps-chair").exchange(representatives, HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", "ps-rep1", "name", "王丽", "memberStaffNo", "PS-0001")), JSON);
    assertThat(elected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(fieldsRefused(demo.as("ps-chair").exchange(representatives, HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", "ps-rep1", "name", "王丽")), JSON))).containsExactly("userId");
    assertThat(fieldsRefused(demo.as("ps-chair").exchange(representatives, HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", "ms-officer1", "name", "Outsider", "memberStaffNo", "PS-9999")), JSON)))
        .containsExactly("userId", "memberStaffNo");
    assertThat(demo.as("ps-rep2").exchange(representatives, HttpMethod.GET, null, JSON_LIST).getBody())
        .extracting(representative -> representative.get("userId")).containsExactly("ps-rep1");

    assertThat(fieldsRefused(demo.as("ps-motions").exchange("/api/congress/sessions", HttpMethod.POST,
        new HttpEntity<>(Map.of("name", "Backwards / 倒序", "opensOn", opensOn.toString(),
            "closesOn", opensOn.minusDays(1).toString())), JSON))).containsExactly("closesOn");
    assertThat(demo.as("ps-rep1").exchange("/api/congress/sessions", HttpMethod.POST,
        new HttpEntity<>(Map.of("name", "Mine / 我的", "opensOn", opensOn.toString(),
            "closesOn", opensOn.plusDays(1).toString())), JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static List<String> fieldsRefused(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, String>>) response.getBody().get("fieldErrors")).stream()
        .map(error -> error.get("field")).toList();
  }

  private ResponseEntity<Map<String, Object>> submit(String proposer, String title, String... coSigners) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(TITLE, value(title));
    variables.put(CATEGORY, value("LOGISTICS"));
    variables.put(REASONS, value("Pupils and parents wait in the sun at the gate"));
    variables.put(MEASURES, value("Build a canopy and shorten waiting"));
    // a taglist's answer as Tasklist sends it: a JSON list
    variables.put(CO_SIGNERS, typed("[\"" + String.join("\",\"", coSigners) + "\"]", "Json"));
    return demo.as(proposer).exchange("/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);
  }



  private long currentSessionId() {
    List<Map<String, Object>> sessions = demo.as("ps-chair").exchange("/api/congress/sessions", HttpMethod.GET, null,
        JSON_LIST).getBody();
    return sessions.stream().filter(session -> DEMO_SESSION.equals(session.get("name")))
        .map(session -> ((Number) session.get("id")).longValue()).findFirst().orElseThrow();
  }

  private Map<String, Object> statistics(long sessionId) {
    return demo.as("ps-chair").exchange("/api/motions/statistics?sessionId=" + sessionId, HttpMethod.GET, null, JSON)
        .getBody();
  }

  private List<Object> keys(String path) {
    Map<String, Object> page = demo.as("ps-motions").exchange(path + "&size=100", HttpMethod.GET, null, JSON).getBody();
    return ((List<Map<String, Object>>) page.get("content")).stream().map(motion -> motion.get("businessKey"))
        .toList();
  }

  private long filed() {
    Map<String, Object> page = demo.as("ps-rep1").exchange("/api/motions", HttpMethod.GET, null, JSON).getBody();
    return ((Number) ((Map<String, Object>) page.get("page")).get("totalElements")).longValue();
  }


}
