package org.unionflow.platform.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.unionflow.platform.Groups;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.forms.FormContract;

/**
 * The form contract on every way into the engine: a person (any authenticated caller but the administrator)
 * starts a case or completes a step with exactly the fields of its Camunda Form, and nothing else moves a
 * case or sets its variables. UnionFlow's own code runs without a person's authentication (domain services,
 * jobs) or inside a command already under way (delegates, listeners), and passes untouched.
 *
 * <p>The engine's commands keep what they carry in protected fields without getters; they are read here,
 * by name, for the four commands a form submission becomes.
 */
class FormContractInterceptor extends CommandInterceptor {

  /** Commands that set variables or move a case past its model: the administrator's alone. */
  static final Set<String> ADMINISTRATOR_ONLY = Set.of(
      "SetTaskVariablesCmd", "SetExecutionVariablesCmd", "RemoveTaskVariablesCmd", "RemoveExecutionVariablesCmd",
      "PatchTaskVariablesCmd", "PatchExecutionVariablesCmd", "SetVariablesToProcessInstancesBatchCmd",
      "StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
      "ProcessInstanceModificationCmd", "ProcessInstanceModificationBatchCmd",
      "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd",
      "MigrateProcessInstanceCmd", "MigrateProcessInstanceBatchCmd",
      "CorrelateMessageCmd", "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd", "MessageEventReceivedCmd",
      "SignalCmd", "SignalEventReceivedCmd", "EvaluateStartConditionCmd",
      "ResolveTaskCmd", "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd",
      "FetchExternalTasksCmd", "LockExternalTaskCmd", "CompleteExternalTaskCmd", "HandleExternalTaskBpmnErrorCmd",
      "HandleExternalTaskFailureCmd");

  // a person of several unions names the case's union; the tenant provider checks that it is one of theirs
  private static final Set<String> AT_START = Set.of(UnionTenantIdProvider.UNION_ID);

  private final ProcessEngineConfigurationImpl engine;
  private final FormContract contract;

  FormContractInterceptor(ProcessEngineConfigurationImpl engine, FormContract contract) {
    this.engine = engine;
    this.contract = contract;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication person = engine.getIdentityService().getCurrentAuthentication();
      if (person != null && !isAdministrator(person)) {
        enforce(command);
      }
    }
    return next.execute(command);
  }

  private void enforce(Command<?> command) {
    if (ADMINISTRATOR_ONLY.contains(command.getClass().getSimpleName())) {
      throw new AuthorizationException(
          "只有系统管理员可以这样改动案件 / Only the administrator may change a case this way");
    }
    if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
      String taskId = read(command, "taskId");
      Map<String, ?> submitted = read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
      contract.check(formOf(visibleTask(taskId)), submitted, Set.of());
    } else if (command instanceof SubmitStartFormCmd) {
      refuseBusinessKey(read(command, "businessKey"));
      contract.check(startFormOf(read(command, "processDefinitionId")), read(command, "variables"), AT_START);
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder");
      refuseBusinessKey(start.getBusinessKey());
      String definitionId = start.getProcessDefinitionId() != null ? start.getProcessDefinitionId()
          : latestDefinitionId(start.getProcessDefinitionKey());
      if (definitionId != null) {
        contract.check(startFormOf(definitionId), start.getVariables(), AT_START);
      }
    }
  }

  /** Another union's or another group's task answers as an id that does not exist. */
  private Task visibleTask(String taskId) {
    Task task = taskId == null ? null
        : engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      throw new NullValueException("Cannot find task " + taskId);
    }
    return task;
  }

  private static String formOf(Task task) {
    CamundaFormRef form = task.getCamundaFormRef();
    return form == null ? null : form.getKey();
  }

  private String startFormOf(String processDefinitionId) {
    CamundaFormRef form = engine.getFormService().getStartFormData(processDefinitionId).getCamundaFormRef();
    return form == null ? null : form.getKey();
  }

  private String latestDefinitionId(String key) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().list().stream().findFirst().orElse(null);
    return definition == null ? null : definition.getId();
  }

  private static void refuseBusinessKey(String businessKey) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw FieldErrors.single("businessKey", "案件编号由系统生成 / the case number is assigned by UnionFlow");
    }
  }

  private static boolean isAdministrator(Authentication person) {
    return person.getGroupIds() != null && person.getGroupIds().contains(Groups.ADMIN);
  }

  @SuppressWarnings("unchecked")
  private static <V> V read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name
        + ": the engine changed, the form contract must follow");
  }
}
