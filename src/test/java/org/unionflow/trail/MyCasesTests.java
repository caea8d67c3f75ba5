package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;
import static org.unionflow.visits.VisitProcess.*;

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

/** 我发起的: the group leader who reported an event follows the case to its payment's voucher; nobody else sees it there. */
@UnionFlowTest
class MyCasesTests {

  private static final String TODAY = UnionDay.today().toString();

  @Autowired DemoUsersOverHttp demo;

  @Test
  void theReporterFollowsTheCaseFromItsFirstStepToTheVoucher() {
    String businessKey = report("ps-leader2", "PS-0018");

    assertThat(myCase("ps-leader2", businessKey)).containsEntry("state", "ACTIVE")
        .containsEntry("process", "Five mandatory visits / 五必访")
        .containsEntry("currentSteps", List.of("Plan visit / 计划走访")).containsEntry("vouchers", List.of());
    assertThat(mine("ps-leader1")).extracting(entry -> entry.get("businessKey")).doesNotContain(businessKey);

    demo.completeAs("ps-officer1", businessKey, PLAN_VISIT, Map.of(PLANNED_DATE, value(TODAY),
        PLANNED_VISITORS, value("Wang Li")));
    demo.completeAs("ps-officer1", businessKey, RECORD_VISIT, Map.of(VISIT_DATE, value(TODAY), VISITORS,
        value("Wang Li"), SITUATION, value("Recovering at home"), MONEY_HANDED_OVER, typed(300.0, "Double"),
        HARDSHIP_FOUND, typed(false, "Boolean")));
    String payTaskId = (String) demo.tasks("ps-treasurer", businessKey).get(0).get("id");
    demo.completeAs("ps-treasurer", businessKey, PAY_CONDOLENCE_MONEY, Map.of(PAID_ON, value(TODAY),
        PAYMENT_METHOD, value("CASH")));

    Map<String, Object> paid = myCase("ps-leader2", businessKey);
    assertThat(paid).containsEntry("state", "COMPLETED").containsEntry("currentSteps", List.of());
    assertThat((List<String>) paid.get("vouchers")).singleElement().asString().matches("PZ-\\d{4}-\\d{4}");

    // the treasurer who paid is told the same voucher for the pay task; nobody else is told anything of it
    ResponseEntity<List<Map<String, Object>>> told = demo.as("ps-treasurer").exchange("/api/my/tasks/" + payTaskId
        + "/vouchers", HttpMethod.GET, null, JSON_LIST);
    assertThat(told.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(told.getBody()).singleElement().satisfies(voucher -> {
      assertThat(voucher).containsEntry("voucherNo", ((List<?>) paid.get("vouchers")).get(0))
          .containsEntry("entryDate", TODAY);
      assertThat(voucher.get("amount").toString()).isEqualTo("300.0");
    });
    for (String other : List.of("ps-officer1", "ps-leader2")) {
      assertThat(demo.as(other).getForEntity("/api/my/tasks/" + payTaskId + "/vouchers", String.class)
          .getStatusCode()).as(other).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  private String report(String reporter, String staffNo) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MEMBER_STAFF_NO, value(staffNo));
    variables.put(EVENT_TYPE, value("HOSPITALISATION"));
    variables.put(EVENT_DATE, value(TODAY));
    variables.put(DAYS_IN_HOSPITAL, typed(4, "Long"));
    variables.put(DETAILS, value("Reported at the group meeting"));
    variables.put(REPORTER, value(reporter));
    ResponseEntity<Map<String, Object>> started = demo.as(reporter).exchange("/engine-rest/process-definition/key/"
        + KEY + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  private Map<String, Object> myCase(String user, String businessKey) {
    return mine(user).stream().filter(entry -> businessKey.equals(entry.get("businessKey"))).findFirst()
        .orElseThrow();
  }

  private List<Map<String, Object>> mine(String user) {
    ResponseEntity<List<Map<String, Object>>> answer = demo.as(user).exchange("/api/my/cases", HttpMethod.GET, null,
        JSON_LIST);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }
}
