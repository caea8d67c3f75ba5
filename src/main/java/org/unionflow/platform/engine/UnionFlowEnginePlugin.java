package org.unionflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts UnionFlow's engine-wide behaviour in place: every parse listener bean (form validation, approval trail)
 * applies to every process deployed, every instance gets its base union as tenant, and work can be handed over.
 */
@Component
class UnionFlowEnginePlugin extends AbstractProcessEnginePlugin {

  private final List<BpmnParseListener> parseListeners;
  private final UnionTenantIdProvider tenantIdProvider;
  private final TaskAssignmentAuthorizations taskAuthorizations;

  UnionFlowEnginePlugin(List<BpmnParseListener> parseListeners, UnionTenantIdProvider tenantIdProvider,
      TaskAssignmentAuthorizations taskAuthorizations) {
    this.parseListeners = parseListeners;
    this.tenantIdProvider = tenantIdProvider;
    this.taskAuthorizations = taskAuthorizations;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPreBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPreBPMNParseListeners());
    }
    listeners.addAll(parseListeners);
    configuration.setCustomPreBPMNParseListeners(listeners);
    configuration.setTenantIdProvider(tenantIdProvider);
    configuration.setResourceAuthorizationProvider(taskAuthorizations);
  }
}
