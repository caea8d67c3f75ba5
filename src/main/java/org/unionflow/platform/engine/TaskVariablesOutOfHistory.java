package org.unionflow.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps a task's own variables out of the history. UnionFlow gives each task, when it opens, what its card and
 * form show (the case's title and labels, the choices of its fields, the case's instance id): copies of the
 * case's records, gone with the task. People's answers go to the case, never onto the task (the form contract
 * lets a person set nothing else), and the approval trail keeps what each step submitted. Their history was up to a
 * fifth of a case's history rows (docs/BENCHMARKS.md) and told nothing the records and the trail do not.
 */
final class TaskVariablesOutOfHistory implements HistoryEventHandler {

  private final HistoryEventHandler next;

  TaskVariablesOutOfHistory(HistoryEventHandler next) {
    this.next = next;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!ofATaskVariable(event)) {
      next.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    List<HistoryEvent> kept = events.stream().filter(event -> !ofATaskVariable(event)).toList();
    if (!kept.isEmpty()) {
      next.handleEvents(kept);
    }
  }

  private static boolean ofATaskVariable(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null;
  }
}
