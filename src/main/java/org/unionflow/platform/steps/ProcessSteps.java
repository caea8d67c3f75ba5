package org.unionflow.platform.steps;

import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.FieldErrors;

/**
 * A process's user tasks as the union's deployment names them, and the cases waiting at one of them. The cases
 * are found in the engine's open tasks (a union has tens to hundreds at one step), so a register filters by
 * their process instances instead of reading all its rows.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProcessSteps {

  private final RepositoryService repository;
  private final TaskService tasks;
  private final Clock clock;

  /** A user task: its id, as the engine's tasks carry it, and its bilingual name. */
  public record Step(String step, String name) {
  }

  /** The user tasks of the process's latest version, in the order of its model; none if it is not deployed. */
  public List<Step> of(String unionId, String processKey) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).tenantIdIn(unionId)
        .includeProcessDefinitionsWithoutTenantId().latestVersion().list().stream()
        // the union's own deployment before the shared one
        .max(Comparator.comparing(definition -> definition.getTenantId() != null))
        .map(definition -> repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
            .stream().map(task -> new Step(task.getId(), task.getName())).toList())
        .orElse(List.of());
  }

  /**
   * The union's cases of the process with an open task at the asked step (any step if none is named), due before
   * now if only overdue ones are asked; all cases if the query asks neither. A step the process lacks is refused.
   */
  public CasesAtStep cases(String unionId, String processKey, StepQuery query) {
    if (!query.namesStep() && !query.onlyOverdue()) {
      return CasesAtStep.ALL;
    }
    TaskQuery open = tasks.createTaskQuery().tenantIdIn(unionId).processDefinitionKey(processKey);
    if (query.namesStep()) {
      List<Step> steps = of(unionId, processKey);
      if (steps.stream().noneMatch(step -> step.step().equals(query.step()))) {
        throw FieldErrors.single("step", "不是本流程的步骤，可选：" + steps.stream().map(Step::name)
            .collect(Collectors.joining("、")) + " / not a step of this process");
      }
      open.taskDefinitionKey(query.step());
    }
    if (query.onlyOverdue()) {
      open.dueBefore(Date.from(clock.instant()));
    }
    return new CasesAtStep(open.list().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
  }
}
