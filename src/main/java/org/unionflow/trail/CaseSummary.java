package org.unionflow.trail;

import java.time.Instant;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** A case as a search lists it. */
record CaseSummary(String businessKey, String processInstanceId, String processDefinitionKey, String processName,
    String state, String startedBy, Instant startedAt, Instant endedAt) {

  static CaseSummary of(HistoricProcessInstance instance) {
    return new CaseSummary(instance.getBusinessKey(), instance.getId(), instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionName(), instance.getState(), instance.getStartUserId(),
        instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant());
  }
}
