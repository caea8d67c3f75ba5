package org.unionflow.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;
import static org.unionflow.visits.VisitProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.unionflow.DemoUsersOverHttp;

/**
 * Drives {@code fiveMandatoryVisits} over the engine REST as the demo users of {@code union-ps1}, each step with
 * valid values, so a test that needs a visit at a given step asks for it in one line. Business keys in and out.
 */
@Component
public class VisitRestScenario {

  private final DemoUsersOverHttp demo;
  private final Clock clock;

  VisitRestScenario(DemoUsersOverHttp demo, Clock clock) {
    this.demo = demo;
    this.clock = clock;
  }

  /** A funeral reported by ps-leader1 five days late, so the visit deadline has passed. */
  public String lateFuneral(String staffNo) {
    return report("ps-leader1", staffNo, "FUNERAL", LocalDate.now(clock).minusDays(5), "Father passed away");
  }

  /** A late funeral planned by ps-officer1, recorded by ps-officer2 with the money handed over, paid. */
  public String paidLateFuneral(String staffNo, double money) {
    String visit = lateFuneral(staffNo);
    plan("ps-officer1", visit);
    record("ps-officer2", visit, money);
    pay(visit);
    return visit;
  }

  /** The start form submitted by the reporter; the member's visit then waits at Plan visit. */
  public String report(String reporter, String staffNo, String eventType, LocalDate eventDate, String details) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(MEMBER_STAFF_NO, value(staffNo));
    variables.put(EVENT_TYPE, value(eventType));
    variables.put(EVENT_DATE, value(eventDate.toString()));
    variables.put(DETAILS, value(details));
    variables.put(REPORTER, value(reporter));
    ResponseEntity<Map<String, Object>> started = demo.as(reporter).exchange("/engine-rest/process-definition/key/"
        + KEY + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).as("visit reported: %s", started.getBody()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  public void plan(String officer, String businessKey) {
    demo.completeAs(officer, businessKey, PLAN_VISIT, Map.of(PLANNED_DATE, value(today()),
        PLANNED_VISITORS, value("Wang Li, Zhao Min")));
  }

  public void record(String officer, String businessKey, double money) {
    demo.completeAs(officer, businessKey, RECORD_VISIT, Map.of(VISIT_DATE, value(today()),
        VISITORS, value("Wang Li, Zhao Min"), SITUATION, value("Attended the farewell"),
        MONEY_HANDED_OVER, typed(money, "Double"), HARDSHIP_FOUND, typed(false, "Boolean")));
  }

  /** Records the visit with the hardship found, which opens a hardship-aid case once the money is paid. */
  public void recordHardship(String officer, String businessKey, double money, String situation, String hardship) {
    demo.completeAs(officer, businessKey, RECORD_VISIT, Map.of(VISIT_DATE, value(today()),
        VISITORS, value("Wang Li"), SITUATION, value(situation), MONEY_HANDED_OVER, typed(money, "Double"),
        HARDSHIP_FOUND, typed(true, "Boolean"), HARDSHIP_NOTE, value(hardship)));
  }

  /** The chair's supervision (督办) of an overdue visit. */
  public void supervise(String businessKey) {
    demo.completeAs("ps-chair", businessKey, SUPERVISE_OVERDUE_VISIT, Map.of(
        SUPERVISION_NOTE, value("Visited late: remind the officers")));
  }

  /** ps-treasurer pays in cash. */
  public void pay(String businessKey) {
    demo.completeAs("ps-treasurer", businessKey, PAY_CONDOLENCE_MONEY, Map.of(
        PAID_ON, value(today()), PAYMENT_METHOD, value("CASH")));
  }

  private String today() {
    return LocalDate.now(clock).toString();
  }
}
