package org.unionflow.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The chair's figures that no single register holds: the union's open work by process and step, how much of it
 * is past its due date, and the cases started in each month of a year. Counted in the engine, one count per
 * step and month, so the cost does not grow with the rows.
 */
@Component
@RequiredArgsConstructor
class Dashboard {

  private final RepositoryService repository;
  private final TaskService tasks;
  private final HistoryService history;
  private final Clock clock;

  record Step(String process, String processName, String step, String stepName, long open, long overdue) {
  }

  /** Cases started in each month of the year, January first. */
  record Months(String process, String processName, List<Long> started) {
  }

  record Figures(int year, List<Step> openByStep, long open, long overdue, List<Months> startedByMonth) {
  }

  Figures of(String unionId, int year) {
    Date now = Date.from(clock.instant());
    ZoneId zone = clock.getZone();
    List<Step> steps = new ArrayList<>();
    List<Months> months = new ArrayList<>();
    for (ProcessDefinition process : processes(unionId)) {
      for (UserTask task : repository.getBpmnModelInstance(process.getId()).getModelElementsByType(UserTask.class)) {
        long open = tasks.createTaskQuery().tenantIdIn(unionId).processDefinitionKey(process.getKey())
            .taskDefinitionKey(task.getId()).count();
        long overdue = open == 0 ? 0 : tasks.createTaskQuery().tenantIdIn(unionId)
            .processDefinitionKey(process.getKey()).taskDefinitionKey(task.getId()).dueBefore(now).count();
        if (open > 0) {
          steps.add(new Step(process.getKey(), process.getName(), task.getId(), task.getName(), open, overdue));
        }
      }
      List<Long> started = new ArrayList<>();
      for (int month = 1; month <= 12; month++) {
        YearMonth yearMonth = YearMonth.of(year, month);
        Date from = Date.from(yearMonth.atDay(1).atStartOfDay(zone).toInstant());
        // the engine's bounds are both inclusive: stop a millisecond before the next month
        Date until = Date.from(yearMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().minusMillis(1));
        started.add(history.createHistoricProcessInstanceQuery().tenantIdIn(unionId)
            .processDefinitionKey(process.getKey()).startedAfter(from).startedBefore(until).count());
      }
      months.add(new Months(process.getKey(), process.getName(), started));
    }
    return new Figures(year, steps, steps.stream().mapToLong(Step::open).sum(),
        steps.stream().mapToLong(Step::overdue).sum(), months);
  }

  int thisYear() {
    return LocalDate.now(clock).getYear();
  }

  private List<ProcessDefinition> processes(String unionId) {
    return repository.createProcessDefinitionQuery().tenantIdIn(unionId).includeProcessDefinitionsWithoutTenantId()
        .latestVersion().orderByProcessDefinitionKey().asc().list();
  }
}
