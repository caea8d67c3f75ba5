package org.unionflow.platform.engine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.unionflow.platform.Groups;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.forms.FormContract;
import org.unionflow.platform.unions.UnionTree;

/**
 * The form contract on every way into the engine: a person (any authenticated caller but the administrator)
 * starts a case or completes a step with exactly the fields of its Camunda Form, and nothing else moves a
 * case or sets its variables. UnionFlow's own code runs without a person's authentication (domain services,
 * jobs) or inside a command already under way (delegates, listeners), and passes untouched.
 *
 * <p>The engine's commands keep what they carry in protected fields without getters; they are read here,
 * by name, for the four commands a form submission becomes.
 */
@RequiredArgsConstructor
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

  /** Commands on one task, beyond those that change its properties ({@link AbstractSetTaskPropertyCmd}). */
  private static final Set<Class<?>> ON_A_TASK = Set.of(ClaimTaskCmd.class, CompleteTaskCmd.class,
      SubmitTaskFormCmd.class, DelegateTaskCmd.class, AddCommentCmd.class);

  private final ProcessEngineConfigurationImpl engine;
  private final FormContract contract;
  private final UnionTree tree;
  /** A deployed definition never changes its start form: asked once per definition, not once per start. */
  private final Map<String, Optional<String>> startForms = new ConcurrentHashMap<>();

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication person = engine.getIdentityService().getCurrentAuthentication();
      if (person != null && !isAdministrator(person)) {
        refuseFromAbove(person, command);
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
      contract.check(startFormOf(definitionToStart(start)), start.getVariables(), AT_START);
    }
  }

  /**
   * People of a county (or city) union read the base unions below it and change nothing there, but for the one
   * step a table routes upwards: a task of the higher-level approvers in a base union directly below theirs.
   */
  private void refuseFromAbove(Authentication person, Command<?> command) {
    List<String> memberships = person.getTenantIds() == null ? List.of() : person.getTenantIds();
    boolean onATask = ON_A_TASK.contains(command.getClass()) || command instanceof AbstractSetTaskPropertyCmd;
    String taskId = onATask ? read(command, "taskId") : null;
    if (taskId == null) {
      return;
    }
    List<String> acts = tree.actsFor(memberships);
    if (acts.size() == memberships.size()) {
      return;
    }
    Task task = visibleTask(taskId);
    if (task.getTenantId() == null || acts.contains(task.getTenantId())) {
      return;
    }
    boolean upwards = tree.parentOf(task.getTenantId()).filter(acts::contains).isPresent()
        && engine.getTaskService().getIdentityLinksForTask(taskId).stream().anyMatch(link ->
            IdentityLinkType.CANDIDATE.equals(link.getType()) && Groups.HIGHER_LEVEL.equals(link.getGroupId()));
    if (!upwards) {
      throw new AuthorizationException(
          "上级工会只查阅下级工会的案件，不作改动 / A higher-level union reads the cases below it and changes none");
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
    Optional<String> known = startForms.get(processDefinitionId);
    if (known == null) {
      // outside computeIfAbsent: the look-up is a command of its own, which may fail (an unknown id)
      CamundaFormRef form = engine.getFormService().getStartFormData(processDefinitionId).getCamundaFormRef();
      known = Optional.ofNullable(form == null ? null : form.getKey());
      startForms.put(processDefinitionId, known);
    }
    return known.orElse(null);
  }

  /**
   * The definition the start will use, found as the engine's start finds it (from its deployment cache, one
   * look-up by key); who may start it is the start's own check.
   */
  private String definitionToStart(ProcessInstantiationBuilderImpl start) {
    return start.getProcessDefinitionId() != null ? start.getProcessDefinitionId()
        : engine.getCommandExecutorTxRequired().execute(new GetDeployedProcessDefinitionCmd(start, false)).getId();
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
