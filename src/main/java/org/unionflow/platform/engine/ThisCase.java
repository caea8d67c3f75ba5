package org.unionflow.platform.engine;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.unionflow.platform.CaseRecord;
import org.unionflow.platform.web.NotFoundException;

/**
 * Domain code run by a case's process may touch only that case's record: a row found by an id must belong to
 * the running process instance and to its union (tenant). Outside a running process (REST reads, jobs started
 * by UnionFlow itself) the caller has already found the row within the union.
 */
public final class ThisCase {

  private ThisCase() {
  }

  public static <T extends CaseRecord> T verify(T row) {
    BpmnExecutionContext running = Context.getBpmnExecutionContext();
    return running == null ? row : verify(row, running.getExecution());
  }

  /** The row, if it belongs to the execution's process instance and union. */
  public static <T extends CaseRecord> T verify(T row, DelegateExecution execution) {
    if (!Objects.equals(execution.getProcessInstanceId(), row.getProcessInstanceId())
        || !Objects.equals(execution.getTenantId(), row.getUnionId())) {
      throw new NotFoundException(row.getClass().getSimpleName(), row.getId());
    }
    return row;
  }
}
