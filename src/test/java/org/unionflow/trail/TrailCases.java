package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.aid.AidProcess;
import org.unionflow.motions.MotionProcess;

/** Cases of the demo primary school worked over HTTP by its demo users, for the trail and register tests. */
@Component
public class TrailCases {

  static final String TODAY = UnionDay.today().toString();

  private final DemoUsersOverHttp demo;
  private final ManagementService management;

  TrailCases(DemoUsersOverHttp demo, ManagementService management) {
    this.demo = demo;
    this.management = management;
  }

  /** A motion by ps-rep1, co-signed by ps-rep2 and ps-rep3, who confirm it in turn: waiting for the committee. */
  public String motion(String title) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MotionProcess.TITLE, value(title));
    variables.put(MotionProcess.CATEGORY, value("LOGISTICS"));
    variables.put(MotionProcess.REASONS, value("Staff wait long at the canteen"));
    variables.put(MotionProcess.MEASURES, value("Open a second counter"));
    variables.put(MotionProcess.CO_SIGNERS, typed("[\"ps-rep2\", \"ps-rep3\"]", "Json"));
    String businessKey = start("ps-rep1", MotionProcess.KEY, variables);
    for (String coSigner : List.of("ps-rep2", "ps-rep3")) {
      demo.completeAs(coSigner, businessKey, MotionProcess.CONFIRM_CO_SIGNING, Map.of(MotionProcess.CO_SIGNING,
          value("CONFIRM")));
    }
    return businessKey;
  }

  void rejectMotion(String businessKey) {
    demo.completeAs("ps-motions", businessKey, MotionProcess.REVIEW_MOTION, Map.of(MotionProcess.DECISION,
        value("REJECT"), MotionProcess.DECISION_REASON, value("Outside the union's remit")));
  }

  /** Accepted for dept-hr, replied, signed off and found satisfying: the motion is published and ends. */
  void handleMotion(String businessKey) {
    demo.completeAs("ps-motions", businessKey, MotionProcess.REVIEW_MOTION, Map.of(MotionProcess.DECISION,
        value("ACCEPT"), MotionProcess.HANDLING_DEPARTMENTS, typed("[\"dept-hr\"]", "Json"),
        MotionProcess.LEAD_DEPARTMENT, value("dept-hr"),
        MotionProcess.DECISION_REASON, value("Affects every teacher")));
    demo.completeAs("ps-dept-hr", businessKey, MotionProcess.DRAFT_REPLY, Map.of(MotionProcess.REPLY_OUTCOME,
        value("SOLVED"), MotionProcess.REPLY_CONTENT, value("A second counter opens at noon")));
    demo.completeAs("ps-principal", businessKey, MotionProcess.SIGN_OFF_REPLY, Map.of(MotionProcess.SIGN_OFF,
        value("APPROVED")));
    demo.completeAs("ps-rep1", businessKey, MotionProcess.GIVE_FEEDBACK, Map.of(MotionProcess.FEEDBACK,
        value("SATISFIED")));
  }

  /** An aid application by ps-officer1 for a low-income household. */
  public String aidApplication(String staffNo) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AidProcess.MEMBER_STAFF_NO, value(staffNo));
    variables.put(AidProcess.SOURCE, value("APPLICATION"));
    variables.put(AidProcess.CATEGORY, value("LOW_INCOME"));
    variables.put(AidProcess.HOUSEHOLD_SIZE, typed(3, "Long"));
    variables.put(AidProcess.INCOME_PER_HEAD, typed(1100.0, "Double"));
    variables.put(AidProcess.DESCRIPTION, value("Spouse lost their job"));
    return start("ps-officer1", AidProcess.KEY, variables);
  }

  public void verifyAtHome(String businessKey) {
    Map<String, Object> verification = Map.of(AidProcess.FINDINGS, value("As described"),
        AidProcess.RECOMMENDATION, value("SUPPORT"));
    demo.completeAs("ps-officer1", businessKey, AidProcess.VERIFY_AT_HOME, verification);
    demo.completeAs("ps-officer2", businessKey, AidProcess.VERIFY_AT_HOME_AGAIN, verification);
  }

  public void approveByCommittee(String businessKey, double amount) {
    demo.completeAs("ps-chair", businessKey, AidProcess.REVIEW_CASE, Map.of(AidProcess.DECISION_VALUE,
        value("APPROVE"), AidProcess.APPROVED_AMOUNT, typed(amount, "Double"),
        AidProcess.DECISION_REASON, value("Two children at school"), AidProcess.OVER_BUDGET, typed(false, "Boolean")));
  }

  void object(String businessKey, String reason) {
    assertThat(demo.as("ps-leader1").exchange("/api/aid/cases/" + businessKey + "/objections", HttpMethod.POST,
        new HttpEntity<>(Map.of("reason", reason)), JSON).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  void approveAndPayAid(String businessKey) {
    demo.completeAs("ps-chair", businessKey, AidProcess.APPROVE_AID, Map.of(AidProcess.APPROVAL,
        value(AidProcess.APPROVED)));
    demo.completeAs("ps-treasurer", businessKey, AidProcess.PAY_AID, Map.of(AidProcess.PAID_ON, value(TODAY),
        AidProcess.PAYMENT_METHOD, value("BANK_TRANSFER")));
  }

  /** A comment on the case's open task, as Tasklist's comment button writes it. */
  void comment(String user, String businessKey, String message) {
    String taskId = (String) demo.tasks(user, businessKey).get(0).get("id");
    var created = demo.as(user).postForEntity("/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", message), String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
  }

  /** Fires the case's due timer of that element, as the job executor would. */
  void fireTimer(String businessKey, String activityId) {
    String processInstanceId = (String) trail("ps-auditor1", businessKey).get("processInstanceId");
    management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult().getId());
  }

  /** The trail of a case as the user reads it over the REST API. */
  Map<String, Object> trail(String user, String businessKey) {
    ResponseEntity<Map<String, Object>> answer = demo.as(user).exchange("/api/trail/cases/" + businessKey,
        HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).as("trail of %s for %s: %s", businessKey, user, answer.getBody())
        .isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> entries(Map<String, Object> trail) {
    return (List<Map<String, Object>>) trail.get("entries");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> values(Map<String, Object> entry) {
    return (Map<String, Object>) entry.get("values");
  }

  public String start(String user, String processKey, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> started = demo.as(user).exchange("/engine-rest/process-definition/key/"
        + processKey + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).as("%s started: %s", processKey, started.getBody()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }
}
