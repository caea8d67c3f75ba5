package org.unionflow.platform.files;

import lombok.RequiredArgsConstructor;
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

/**
 * A task form sees the task's variables but not the id of its process instance, which the link to the case's
 * upload page needs: every user task of a process that takes files gets it as the task variable
 * {@value #CASE_INSTANCE_ID} when it is created.
 */
@Component
@RequiredArgsConstructor
class CaseInstanceIdParseListener extends AbstractBpmnParseListener {

  static final String CASE_INSTANCE_ID = "caseInstanceId";

  private final AttachmentSettings settings;

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addTaskListener(TaskListener.EVENTNAME_CREATE, this::showCaseInstanceId);
  }

  private void showCaseInstanceId(DelegateTask task) {
    if (settings.cases().containsKey(processKey(task))) {
      task.setVariableLocal(CASE_INSTANCE_ID, task.getProcessInstanceId());
    }
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
