package org.unionflow.platform.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a task its case has already moved past. Under READ COMMITTED (PostgreSQL), a completion
 * racing another one can read the task before the winner commits and its execution after: without this guard
 * it would run the next activity's outgoing flow until the engine's own optimistic lock stops it at commit,
 * failing on the way with whatever that flow needs (a 500 instead of "someone else was faster").
 */
@Component
class StaleTaskGuard extends AbstractBpmnParseListener {

  private static final TaskListener GUARD = StaleTaskGuard::refuseIfMovedOn;

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, GUARD);
  }

  private static void refuseIfMovedOn(DelegateTask task) {
    if (task.getExecution() != null
        && !task.getTaskDefinitionKey().equals(task.getExecution().getCurrentActivityId())) {
      throw new OptimisticLockingException("Task " + task.getId() + " (" + task.getTaskDefinitionKey()
          + ") was completed by someone else at the same moment");
    }
  }
}
