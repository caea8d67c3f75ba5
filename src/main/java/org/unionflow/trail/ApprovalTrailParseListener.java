package org.unionflow.trail;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds the approval-step recorder to every user task of every process, after the model's own listeners,
 * so later processes are traced without a line of their own.
 */
@Component
@RequiredArgsConstructor
class ApprovalTrailParseListener extends AbstractBpmnParseListener {

  private final ApprovalStepRecorder recorder;

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    String formId = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> recorder.record(task, formId));
  }
}
