package org.unionflow.demo;

import static org.unionflow.visits.VisitProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.unionflow.platform.Groups;
import org.unionflow.visits.EventType;

/**
 * A year of five mandatory visits in one union: one of each kind of event visited and paid over the year, a
 * hospital stay visited and waiting for the treasurer, a childbirth planned and waiting for the women's
 * committee's visit, and a hospital stay reported yesterday waiting to be planned. The major-hardship visit
 * found hardship, which opens an aid case by itself.
 */
@RequiredArgsConstructor
final class VisitHistory {

  private final DemoSteps steps;
  private final DemoYear year;

  void run() {
    pay(visit(EventType.HOSPITALISATION, 4, year.at(0.06), 12, false));
    pay(visit(EventType.WEDDING, 6, year.at(0.28), null, false));
    pay(visit(EventType.FUNERAL, 8, year.at(0.45), null, false));
    pay(visit(EventType.RETIREMENT, 9, year.at(0.55), null, false));
    pay(visit(EventType.MAJOR_HARDSHIP, 11, year.at(0.74), null, true));
    pay(visit(EventType.CHILDBIRTH, 2, year.at(0.86), null, false));
    visit(EventType.HOSPITALISATION, 10, year.at(0.93), 5, false);
    planned(report(EventType.CHILDBIRTH, 5, year.today().minusDays(3), null));
    report(EventType.HOSPITALISATION, 7, year.today().minusDays(1), 3);
  }

  /** Reported by a group leader on the event's day; planned and recorded by the group the standard names. */
  private ProcessInstance visit(EventType event, int member, LocalDate eventDate, Integer daysInHospital,
      boolean hardship) {
    ProcessInstance visit = planned(report(event, member, eventDate, daysInHospital));
    Map<String, Object> record = new HashMap<>();
    record.put(VISIT_DATE, year.after(eventDate, 1).toString());
    record.put(VISITORS, visitors());
    record.put(SITUATION, hardship ? "家中收入骤减，子女上学负担重 / income fell sharply, children at school"
        : "会员及家属情况良好，转达工会关怀 / member and family well, the union's care conveyed");
    record.put(MONEY_HANDED_OVER, new BigDecimal(steps.variable(visit, STANDARD_AMOUNT).toString()).doubleValue());
    record.put(HARDSHIP_FOUND, hardship);
    if (hardship) {
      record.put(HARDSHIP_NOTE, "配偶失业，两个孩子上学 / spouse out of work, two children at school");
    }
    steps.complete(lead(visit), visit, RECORD_VISIT, record);
    return visit;
  }

  /** Planned by the group the visit standard names to lead it (the women's committee for a childbirth). */
  private ProcessInstance planned(ProcessInstance visit) {
    steps.complete(lead(visit), visit, PLAN_VISIT, Map.of(PLANNED_DATE, year.today().toString(), PLANNED_VISITORS,
        visitors()));
    return visit;
  }

  private String lead(ProcessInstance visit) {
    return Groups.WOMENS_COMMITTEE.equals(steps.variable(visit, LEAD_GROUP)) ? steps.person(Groups.WOMENS_COMMITTEE, 1)
        : steps.person(Groups.OFFICERS, 1);
  }

  private String visitors() {
    return "工会委员 " + String.join("、", steps.people(Groups.OFFICERS));
  }

  private ProcessInstance report(EventType event, int member, LocalDate eventDate, Integer daysInHospital) {
    Map<String, Object> report = new HashMap<>();
    report.put(MEMBER_STAFF_NO, String.format("%s-%04d", steps.union().staffPrefix(), member));
    report.put(EVENT_TYPE, event.name());
    report.put(EVENT_DATE, eventDate.toString());
    report.put(DAYS_IN_HOSPITAL, daysInHospital);
    report.put(DETAILS, event.label() + "，小组长上报 / reported by the group leader");
    report.put(REPORTER, "工会小组长 / group leader");
    return steps.start(steps.person(Groups.GROUP_LEADERS, 1), KEY, report);
  }

  /** The treasurer pays the money handed over (if any) a day after the visit. */
  private void pay(ProcessInstance visit) {
    if (steps.waitsAt(visit, PAY_CONDOLENCE_MONEY)) {
      LocalDate visited = LocalDate.parse(steps.variable(visit, VISIT_DATE).toString());
      steps.complete(steps.person(Groups.TREASURER, 1), visit, PAY_CONDOLENCE_MONEY,
          Map.of(PAID_ON, year.after(visited, 1).toString(), PAYMENT_METHOD, "CASH"));
    }
  }
}
