package org.unionflow.platform.forms;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Validates every start form and task form of every process before anything else runs: a built-in listener
 * goes first, so a refused submission never reaches the process's own listeners or delegates.
 */
@Component
@RequiredArgsConstructor
class FormValidationParseListener extends AbstractBpmnParseListener {

  private final FormValidator validator;

  @Override
  public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
    String formId = formRef(startEventElement);
    if (formId != null) {
      startEventActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) execution -> validator.validate(formId, execution.getTenantId(), execution));
    }
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    String formId = formRef(userTaskElement);
    if (formId != null) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> validator.validate(formId, task.getTenantId(), task));
    }
  }

  private static String formRef(Element element) {
    return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
  }
}
