package org.unionflow.platform.engine;

import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's per-task authorizations, plus handing work over. Whoever claimed a task may release it or pass it
 * on (TASK_ASSIGN on their row while they hold it); the chair may reassign any task of the union (a grant of
 * IdentityBootstrap); a task whose model sets {@value #HAND_OVER_WITHIN_GROUP} lets its candidate groups' members
 * do the same. Whoever gives a task to someone, it only goes to a member of its union and of a candidate group,
 * never to the person its {@value #NOT_ASSIGNABLE_TO} variable names, and a task the model gives to one person
 * (their own vote) stays theirs. Like the engine's own checks, these rules bind a logged-in person's calls.
 */
@Component
@RequiredArgsConstructor
class TaskAssignmentAuthorizations extends DefaultAuthorizationProvider {

  /** Extension property of a user task: members of its candidate groups may reassign it among themselves. */
  static final String HAND_OVER_WITHIN_GROUP = "handOverWithinGroup";
  /** Variable (e.g. an input mapping of the task) naming the one person who may not take the task. */
  static final String NOT_ASSIGNABLE_TO = "notAssignableTo";

  // a task being created: its assignee is the model's decision, not a hand-over
  private static final String BEING_CREATED = "Init";

  // resolved on use: the engine that provides it is built with this provider
  private final ObjectProvider<IdentityService> identity;

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    boolean handOver = !BEING_CREATED.equals(task.getTaskState()) && !Objects.equals(oldAssignee, newAssignee);
    if (!handOver) {
      return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }
    if (isPersonActing()) {
      refuseUnlessAssignable((DelegateTask) task, newAssignee);
    }
    List<AuthorizationEntity> rows = new ArrayList<>();
    if (oldAssignee != null) {
      AuthorizationEntity previous = getGrantAuthorizationByUserId(oldAssignee, TASK, task.getId());
      if (previous != null) {
        previous.removePermission(TaskPermissions.TASK_ASSIGN);
        rows.add(previous);
      }
    }
    AuthorizationEntity[] granted = super.newTaskAssignee(task, oldAssignee, newAssignee);
    if (granted != null) {
      for (AuthorizationEntity row : granted) {
        if (row.getResourceType() == TASK.resourceType()) {
          row.addPermission(TaskPermissions.TASK_ASSIGN);
        }
        rows.add(row);
      }
    }
    return rows.toArray(AuthorizationEntity[]::new);
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] rows = super.newTaskGroupIdentityLink(task, groupId, type);
    if (handsOverWithinGroup(((DelegateTask) task).getBpmnModelElementInstance())) {
      for (AuthorizationEntity row : rows) {
        if (row.getResourceType() == TASK.resourceType()) {
          row.addPermission(TaskPermissions.TASK_ASSIGN);
        }
      }
    }
    return rows;
  }

  /** As the engine's own checks: a logged-in person's call, not the engine's or the application's own. */
  private static boolean isPersonActing() {
    CommandContext command = Context.getCommandContext();
    return command.isAuthorizationCheckEnabled() && command.getAuthenticatedUserId() != null;
  }

  private void refuseUnlessAssignable(DelegateTask task, String newAssignee) {
    UserTask model = task.getBpmnModelElementInstance();
    if (model != null && model.getCamundaAssignee() != null) {
      throw new AssignmentRefused("此任务由流程指定给本人办理（如本人投票），不能转交或退回。 / The process gave this task to one "
          + "person (e.g. their own vote); it cannot be handed over or released.");
    }
    if (newAssignee == null) {
      return;
    }
    if (newAssignee.equals(task.getVariable(NOT_ASSIGNABLE_TO))) {
      throw new AssignmentRefused(newAssignee + " 已办理本案的上一环节，此任务须由另一人办理。 / " + newAssignee
          + " did the earlier step of this case; another person must do this one.");
    }
    if (!mayWork(task, newAssignee)) {
      throw new AssignmentRefused(newAssignee + " 不是本工会负责此任务的小组成员，不能接手此任务。 / " + newAssignee
          + " is not a member of this union's group that handles this task, so the task cannot go to them.");
    }
  }

  private boolean mayWork(DelegateTask task, String userId) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (userId.equals(candidate.getUserId())) {
        return true;
      }
      if (candidate.getGroupId() != null) {
        groups.add(candidate.getGroupId());
      }
    }
    if (groups.isEmpty()) {
      return false;
    }
    IdentityService users = identity.getObject();
    // membership is a fact about the person, whatever the one reassigning may read
    return Context.getCommandContext().runWithoutAuthorization(() ->
        users.createGroupQuery().groupMember(userId).groupIdIn(groups.toArray(String[]::new)).count() > 0
            && (task.getTenantId() == null || users.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .tenantId(task.getTenantId()).count() > 0));
  }

  private static boolean handsOverWithinGroup(UserTask model) {
    if (model == null || model.getExtensionElements() == null) {
      return false;
    }
    return model.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(property -> HAND_OVER_WITHIN_GROUP.equals(property.getCamundaName())
            && "true".equals(property.getCamundaValue()));
  }

  /** A hand-over the union's rules do not allow; the engine REST answers 403 with this bilingual text. */
  static class AssignmentRefused extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    AssignmentRefused(String message) {
      super(message);
    }
  }
}
