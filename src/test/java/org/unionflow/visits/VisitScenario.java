package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.UnionTenantIdProvider;

/**
 * Drives {@code fiveMandatoryVisits} through the engine API with valid values at every step, so a test that
 * needs a visit at a given step asks for it in one line ({@code atRecordVisit(unionId)}) and does by hand only
 * the step it is about. The member is {@code T-1} of a {@code TestUnions} union; "today" is the app's clock.
 */
@Component
public class VisitScenario {

  public static final String VISITORS_NAMES = "Wang Li, Zhao Min";
  public static final String HARDSHIP_TEXT = "Spouse out of work, two children";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Clock clock;

  VisitScenario(RuntimeService runtime, TaskService tasks, Clock clock) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** A hospital stay of yesterday (two days in hospital), waiting at Plan visit. */
  public ProcessInstance atPlanVisit(String unionId) {
    return report(reportOf(unionId, EventType.HOSPITALISATION, today().minusDays(1), 2));
  }

  public ProcessInstance atRecordVisit(String unionId) {
    ProcessInstance visit = atPlanVisit(unionId);
    plan(visit);
    return visit;
  }

  /** Visited with 300.00 yuan handed over and no hardship: waiting for the treasurer. */
  public ProcessInstance atPayCondolenceMoney(String unionId) {
    ProcessInstance visit = atRecordVisit(unionId);
    record(visit, "300.00", false);
    return visit;
  }

  /** Paid and booked: the visit has ended. */
  public ProcessInstance paid(String unionId) {
    ProcessInstance visit = atPayCondolenceMoney(unionId);
    pay(visit);
    return visit;
  }

  /** The start form's values; a test changes one of them to see it refused. */
  public Map<String, Object> reportOf(String unionId, EventType eventType, LocalDate eventDate,
      Integer daysInHospital) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UnionTenantIdProvider.UNION_ID, unionId);
    variables.put(MEMBER_STAFF_NO, "T-1");
    variables.put(EVENT_TYPE, eventType.name());
    variables.put(EVENT_DATE, eventDate.toString());
    variables.put(DAYS_IN_HOSPITAL, daysInHospital);
    variables.put(DETAILS, "Reported by the group leader");
    variables.put(REPORTER, "Li Hua");
    return variables;
  }

  public ProcessInstance report(Map<String, Object> report) {
    return runtime.startProcessInstanceByKey(KEY, report);
  }

  public void plan(ProcessInstance visit) {
    complete(visit, PLAN_VISIT, Map.of(PLANNED_DATE, today().toString(), PLANNED_VISITORS, VISITORS_NAMES));
  }

  /** Records the visit with the money handed over; hardship found comes with {@link #HARDSHIP_TEXT}. */
  public void record(ProcessInstance visit, String money, boolean hardshipFound) {
    Map<String, Object> values = new HashMap<>(Map.of(VISIT_DATE, today().toString(), VISITORS, VISITORS_NAMES,
        SITUATION, "Spoke with the member and the family", MONEY_HANDED_OVER, new BigDecimal(money).doubleValue(),
        HARDSHIP_FOUND, hardshipFound));
    if (hardshipFound) {
      values.put(HARDSHIP_NOTE, HARDSHIP_TEXT);
    }
    complete(visit, RECORD_VISIT, values);
  }

  public void pay(ProcessInstance visit) {
    complete(visit, PAY_CONDOLENCE_MONEY, Map.of(PAID_ON, today().toString(), PAYMENT_METHOD, "CASH"));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private void complete(ProcessInstance visit, String taskKey, Map<String, Object> values) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(visit.getId()).taskDefinitionKey(taskKey).singleResult()
        .getId(), values);
  }
}
