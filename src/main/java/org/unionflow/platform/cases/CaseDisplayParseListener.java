package org.unionflow.platform.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.unionflow.platform.Groups;
import org.unionflow.platform.unions.Union;
import org.unionflow.platform.unions.UnionTree;

/**
 * Gives every user task, when it is created, its case's title and labels as task variables, so every card and
 * form header shows the case as its record stands then, in every process that has a {@link CaseDisplay}.
 */
@Component
class CaseDisplayParseListener extends AbstractBpmnParseListener {

  private final Map<String, CaseDisplay<?>> displays;
  private final UnionTree tree;

  CaseDisplayParseListener(List<CaseDisplay<?>> displays, UnionTree tree) {
    this.displays = displays.stream().collect(Collectors.toMap(CaseDisplay::processKey, Function.identity()));
    this.tree = tree;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addTaskListener(TaskListener.EVENTNAME_CREATE, this::show);
  }

  private void show(DelegateTask task) {
    CaseDisplay<?> display = displays.get(processKey(task));
    DelegateExecution execution = task.getExecution();
    String businessKey = execution.getProcessBusinessKey();
    if (display == null || businessKey == null) {
      return;
    }
    Map<String, String> variables = new HashMap<>(display.variables(execution)
        .orElse(Map.of(CaseDisplay.CASE_TITLE, businessKey)));
    if (isForAbove(task)) {
      // the higher-level approvers see the cases of many base unions in one inbox: each card names its union
      variables.put(CaseDisplay.CASE_TITLE, CaseDisplay.title(Union.localName(tree.nameOf(execution.getTenantId())),
          variables.get(CaseDisplay.CASE_TITLE)));
    }
    // on the task: whoever may work the task may read them, which is not true of the process instance's
    task.setVariablesLocal(variables);
  }

  private static boolean isForAbove(DelegateTask task) {
    return task.getCandidates().stream().anyMatch(link -> Groups.HIGHER_LEVEL.equals(link.getGroupId()));
  }

  /** The key of the task's process: the id of the model's process element around it. */
  private static String processKey(DelegateTask task) {
    ModelElementInstance element = task.getBpmnModelElementInstance();
    while (!(element instanceof Process)) {
      element = element.getParentElement();
    }
    return ((Process) element).getId();
  }
}
