package org.unionflow.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;
import static org.unionflow.aid.AidProcess.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.visits.VisitRestScenario;

/**
 * An application worked by the demo users over authenticated {@code /engine-rest}, with the public notice,
 * an objection, the higher-level approval and the hardship file read through the domain REST.
 */
@UnionFlowTest
class AidRestTests {

  private static final String TODAY = UnionDay.today().toString();

  @Autowired DemoUsersOverHttp demo;
  @Autowired VisitRestScenario visits;
  @Autowired ManagementService management;

  @Test
  void anApplicationGoesThroughNoticeObjectionAndHigherLevelApprovalToPaymentAndFile() {
    Map<String, Object> started = apply("ps-officer1", "PS-0003");
    String businessKey = (String) started.get("businessKey");
    assertThat(businessKey).startsWith("AID-");
    demo.completeAs("ps-officer1", businessKey, VERIFY_AT_HOME, verification());
    demo.completeAs("ps-officer2", businessKey, VERIFY_AT_HOME_AGAIN, verification());
    approveByCommittee(businessKey);

    List<Map<String, Object>> chairsNotice = notices("ps-chair", businessKey);
    String fullName = (String) chairsNotice.get(0).get("memberName");
    assertThat(fullName).hasSizeGreaterThan(1).doesNotContain("*");
    for (String reader : List.of("ps-leader1", "ps-treasurer", "ps-women")) {
      assertThat(notices(reader, businessKey)).as(reader).singleElement()
          .satisfies(line -> assertThat(line.get("memberName")).isEqualTo(fullName.charAt(0) + "*"));
    }
    assertThat(notices("ps-auditor1", businessKey).get(0).get("memberName")).isEqualTo(fullName);
    assertThat(demo.as("ps-leader1").exchange("/api/aid/cases/" + businessKey, HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> objection = object("ps-leader1", businessKey, "They own a second flat");
    assertThat(objection.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(notices("ps-chair", businessKey)).isEmpty();
    ResponseEntity<Map<String, Object>> late = object("ps-leader1", businessKey, "And a car");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) late.getBody().get("fieldErrors")).extracting(error -> error.get("field"))
        .containsExactly("businessKey");

    approveByCommittee(businessKey);
    String processInstanceId = (String) started.get("id");
    management.executeJob(management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(NOTICE_PERIOD_ENDED).singleResult().getId());
    demo.completeAs("ps-chair", businessKey, APPROVE_AID, Map.of(APPROVAL, value(APPROVED)));
    assertThat(demo.tasks("ps-treasurer", businessKey)).isEmpty();
    demo.completeAs("county-officer", businessKey, APPROVE_AT_HIGHER_LEVEL, Map.of(APPROVAL, value(APPROVED)));
    demo.completeAs("ps-treasurer", businessKey, PAY_AID, Map.of(PAID_ON, value(TODAY),
        PAYMENT_METHOD, value("BANK_TRANSFER")));

    Map<String, Object> aidCase = demo.as("ps-auditor1").exchange("/api/aid/cases/" + businessKey, HttpMethod.GET, null,
        JSON).getBody();
    assertThat(aidCase).containsEntry("status", "PAID").containsEntry("approvedAmount", 6000.0)
        .containsEntry("source", "APPLICATION");
    assertThat((List<Map<String, Object>>) aidCase.get("objections")).extracting(o -> o.get("lodgedBy"))
        .containsExactly("ps-leader1");
    assertThat((List<Map<String, Object>>) aidCase.get("approvalSteps")).extracting(s -> s.get("completedBy"))
        .containsExactly("ps-officer1", "ps-officer2", "ps-chair", "ps-chair", "ps-chair", "county-officer",
            "ps-treasurer");
    Map<String, Object> file = demo.as("ps-officer1").exchange("/api/aid/files/PS-0003", HttpMethod.GET, null, JSON)
        .getBody();
    assertThat(file).containsEntry("level", "GENERAL").containsEntry("levelLabel", "一般困难")
        .containsEntry("aidReceivedTotal", 6000.0)
        .containsEntry("nextReviewOn", UnionDay.today().plusYears(1).toString());
    Map<String, Object> cases = demo.as("ps-chair").exchange("/api/aid/cases?status=PAID&year=" + UnionDay.today().getYear(),
        HttpMethod.GET, null, JSON).getBody();
    assertThat((List<Map<String, Object>>) cases.get("content")).extracting(c -> c.get("businessKey"))
        .contains(businessKey);
    Map<String, Object> otherCategory = demo.as("ps-chair").exchange("/api/aid/cases?category=SERIOUS_ILLNESS",
        HttpMethod.GET, null, JSON).getBody();
    assertThat((List<Map<String, Object>>) otherCategory.get("content")).extracting(c -> c.get("businessKey"))
        .doesNotContain(businessKey);
    assertThat(demo.as("ms-officer1").exchange("/api/aid/cases/" + businessKey, HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aVisitThatFindsHardshipOpensACaseWhenTheTreasurerPays() {
    String visitKey = visits.report("ps-leader1", "PS-0006", "MAJOR_HARDSHIP", UnionDay.today(),
        "House damaged by the flood");
    visits.plan("ps-officer1", visitKey);
    visits.recordHardship("ps-officer2", visitKey, 500.0, "The ground floor was flooded",
        "Lost furniture and savings in the flood");
    visits.pay(visitKey);

    Map<String, Object> applied = demo.as("ps-officer1").exchange("/api/aid/cases?status=APPLIED&size=100",
        HttpMethod.GET, null, JSON).getBody();
    Map<String, Object> aidCase = ((List<Map<String, Object>>) applied.get("content")).stream()
        .filter(c -> visitKey.equals(c.get("visitBusinessKey"))).findFirst().orElseThrow();
    assertThat(aidCase).containsEntry("source", "VISIT_REFERRAL").containsEntry("memberStaffNo", "PS-0006")
        .containsEntry("description", "Lost furniture and savings in the flood");
    assertThat(demo.tasks("ps-officer1", (String) aidCase.get("businessKey"))).extracting(t -> t.get("taskDefinitionKey"))
        .containsExactly(COMPLETE_REFERRAL);
  }

  @Test
  void anApplicationWithAZeroHouseholdIsRefusedWith400() {
    Map<String, Object> variables = applicationVariables("PS-0004");
    variables.put(HOUSEHOLD_SIZE, typed(0, "Long"));
    ResponseEntity<Map<String, Object>> refused = demo.as("ps-officer1").exchange(
        "/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) refused.getBody().get("fieldErrors")).extracting(error -> error.get("field"))
        .containsExactly(HOUSEHOLD_SIZE);
  }

  private Map<String, Object> apply(String officer, String staffNo) {
    ResponseEntity<Map<String, Object>> started = demo.as(officer).exchange(
        "/engine-rest/process-definition/key/" + KEY + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", applicationVariables(staffNo))), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return started.getBody();
  }

  private static Map<String, Object> applicationVariables(String staffNo) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MEMBER_STAFF_NO, value(staffNo));
    variables.put(SOURCE, value("APPLICATION"));
    variables.put(CATEGORY, value("LOW_INCOME"));
    variables.put(HOUSEHOLD_SIZE, typed(3, "Long"));
    variables.put(INCOME_PER_HEAD, typed(1100.0, "Double"));
    variables.put(DESCRIPTION, value("Spouse lost their job; two children at school"));
    return variables;
  }

  private static Map<String, Object> verification() {
    return Map.of(FINDINGS, value("Visited the home; as described"), RECOMMENDATION, value("SUPPORT"));
  }

  private void approveByCommittee(String businessKey) {
    demo.completeAs("ps-chair", businessKey, REVIEW_CASE, Map.of(DECISION_VALUE, value("APPROVE"),
        APPROVED_AMOUNT, typed(6000.0, "Double"), DECISION_REASON, value("Two at university / 两子女上大学"),
        OVER_BUDGET, typed(false, "Boolean")));
  }

  private List<Map<String, Object>> notices(String user, String businessKey) {
    return demo.as(user).exchange("/api/aid/notices", HttpMethod.GET, null, JSON_LIST).getBody().stream()
        .filter(line -> businessKey.equals(line.get("businessKey"))).toList();
  }

  private ResponseEntity<Map<String, Object>> object(String user, String businessKey, String reason) {
    return demo.as(user).exchange("/api/aid/cases/" + businessKey + "/objections", HttpMethod.POST,
        new HttpEntity<>(Map.of("reason", reason)), JSON);
  }





}
