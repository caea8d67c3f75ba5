package org.unionflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The floor to compare with: a second engine in the same JVM on the same database, with the engine settings
 * UnionFlow chose (history level, authorizations, tenant checks, id generator, serialization) but without its
 * plugin, parse listeners or domain: it runs processes of nothing but user tasks, and UnionFlow's own models with
 * {@link NoOpDelegates} behind their delegate expressions.
 */
final class BareEngine implements AutoCloseable {

  private final ProcessEngine engine;

  /** beans: what the models' expressions name, by name. */
  BareEngine(DataSource dataSource, ProcessEngineConfigurationImpl unionFlow, Map<Object, Object> beans) {
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
    configuration.setEnableHistoricInstancePermissions(unionFlow.isEnableHistoricInstancePermissions());
    configuration.setEnforceHistoryTimeToLive(unionFlow.isEnforceHistoryTimeToLive());
    // lists in variables (co-signers, departments) are stored as JSON, as in the app
    configuration.setDefaultSerializationFormat(unionFlow.getDefaultSerializationFormat());
    configuration.setBeans(beans);
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

  /**
   * Deploys UnionFlow's models of these processes (processes/*.bpmn) and all its decision tables, as they are but
   * for their keys and message names, which get a prefix: the app starts the latest version of a key and would take
   * these, and a message start event's name is unique. The groups that may start a process in UnionFlow may start
   * its copy. Returns the copy's key for each process key.
   */
  Map<String, String> deploySameModels(Set<String> processKeys) throws IOException {
    PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("benchSameModels")
        .enableDuplicateFiltering(true);
    for (Resource table : resources.getResources("classpath*:processes/**/*.dmn")) {
      try (InputStream in = table.getInputStream()) {
        DmnModelInstance model = Dmn.readModelFromStream(in);
        model.getModelElementsByType(Decision.class).forEach(decision -> decision.setId(copyOf(decision.getId())));
        deployment.addModelInstance(table.getFilename(), model);
      }
    }
    Map<String, String> keys = new HashMap<>();
    for (Resource bpmn : resources.getResources("classpath*:processes/**/*.bpmn")) {
      try (InputStream in = bpmn.getInputStream()) {
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        for (Process process : model.getModelElementsByType(Process.class)) {
          if (processKeys.contains(process.getId())) {
            keys.put(process.getId(), copyOf(process.getId()));
            process.getCamundaCandidateStarterGroupsList().forEach(group -> mayStart(group, copyOf(process.getId())));
            process.setId(copyOf(process.getId()));
            model.getModelElementsByType(Message.class).forEach(message -> message.setName(copyOf(message.getName())));
            model.getModelElementsByType(BusinessRuleTask.class)
                .forEach(task -> task.setCamundaDecisionRef(copyOf(task.getCamundaDecisionRef())));
            deployment.addModelInstance(bpmn.getFilename(), model);
          }
        }
      }
    }
    if (!keys.keySet().equals(processKeys)) {
      throw new IllegalStateException("No model of " + processKeys + " but " + keys.keySet() + " in processes/");
    }
    deployment.deploy();
    return keys;
  }

  private static String copyOf(String key) {
    return "bare" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private void mayStart(String group, String processKey) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(processKey);
    grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(grant);
  }

  @Override
  public void close() {
    engine.close();
  }
}
