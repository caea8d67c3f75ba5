package org.unionflow.bench;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The floor to compare with: a second engine in the same JVM on the same database, with the engine settings
 * UnionFlow chose (history level, authorizations, tenant checks, id generator) but without its plugin,
 * listeners, delegates or forms, running processes of nothing but user tasks.
 */
final class BareEngine implements AutoCloseable {

  private final ProcessEngine engine;

  BareEngine(DataSource dataSource, ProcessEngineConfigurationImpl unionFlow) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(unionFlow.getHistory());
    // authorizations are the engine's own work (rows for each task's candidate groups), not UnionFlow's
    configuration.setAuthorizationEnabled(unionFlow.isAuthorizationEnabled());
    configuration.setDefaultUserPermissionNameForTask(unionFlow.getDefaultUserPermissionNameForTask());
    configuration.setTenantCheckEnabled(unionFlow.isTenantCheckEnabled());
    configuration.setIdGenerator(unionFlow.getIdGenerator());
    configuration.setMetricsEnabled(unionFlow.isMetricsEnabled());
    configuration.setDbMetricsReporterActivate(false);
    configuration.setJobExecutorActivate(false);
    // JSON values (the pickers' answers) are the engine's Spin plugin's, part of the stack as in the app
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    engine = configuration.buildProcessEngine();
  }

  ProcessEngine engine() {
    return engine;
  }

  /** Deploys a process of {@code userTasks} user tasks in a row for the officers, and returns its key. */
  String deployUserTasks(int userTasks) {
    String key = "benchBare" + userTasks;
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
        .startEvent("caseStarted");
    for (int i = 1; i <= userTasks; i++) {
      flow = flow.userTask("doStep" + i).camundaCandidateGroups("officers");
    }
    BpmnModelInstance model = flow.endEvent("caseEnded").done();
    engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn", model)
        .enableDuplicateFiltering(true).deploy();
    return key;
  }

  @Override
  public void close() {
    engine.close();
  }
}
