package org.unionflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unionflow.platform.Groups;
import org.unionflow.platform.cases.CaseDisplay;
import org.unionflow.platform.unions.UnionAdministration;

/**
 * Makes every installation, demo or not, know the union's roles: the groups, what each may do in the engine
 * and the webapps, and the shared Tasklist filters. Idempotent: adds only what is missing.
 */
@Component
@Order(1)
@RequiredArgsConstructor
class IdentityBootstrap implements ApplicationRunner {

  static final String MY_GROUPS_TASKS = "My groups' tasks / 我组任务";
  static final String ASSIGNED_TO_ME = "Assigned to me / 我的任务";
  static final String OVERDUE = "Overdue / 已逾期";
  /** The filter property that lists the variables Tasklist shows on each task card. */
  static final String FILTER_VARIABLES = "variables";

  /** Who watches every case of their union (people above: of the base unions below) in Cockpit, reading. */
  static final List<String> MONITORS = List.of(Groups.CHAIR, Groups.AUDITORS, Groups.HIGHER_LEVEL,
      Groups.COUNTY_LEADERS, Groups.COUNTY_AUDITORS);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final ProcessStarters starters;
  private final UnionAdministration unions;

  @Override
  public void run(ApplicationArguments args) {
    Groups.ALL.forEach(this::createGroup);
    for (Groups.Role role : Groups.ALL) {
      String group = role.id();
      grant(group, APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, FILTER, "*", Permissions.READ);
      grant(group, PROCESS_DEFINITION, "*", Permissions.READ);
      grant(group, GROUP, "*", Permissions.READ);
      grant(group, USER, "*", Permissions.READ);
    }
    starters.groupsByProcess().forEach((processKey, groups) -> groups.forEach(group -> {
      grant(group, PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, PROCESS_INSTANCE, "*", Permissions.CREATE);
    }));
    for (String group : MONITORS) {
      grant(group, APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, PROCESS_DEFINITION, "*", Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
      grant(group, PROCESS_INSTANCE, "*", Permissions.READ);
      grant(group, TASK, "*", Permissions.READ);
      grant(group, DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
      grant(group, DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
      grant(group, DEPLOYMENT, "*", Permissions.READ);
    }
    // the chair hands work over when someone is away (to a member of the task's group: TaskAssignmentAuthorizations)
    grant(Groups.CHAIR, TASK, "*", TaskPermissions.TASK_ASSIGN);
    createFilter(MY_GROUPS_TASKS, -10, "Tasks your groups can claim or have claimed / 本组可认领或已认领的任务",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByTaskCreateTime().asc());
    createFilter(ASSIGNED_TO_ME, -5, "Tasks you have claimed / 你已认领的任务",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    createFilter(OVERDUE, 0, "Open tasks past their deadline / 已过期限的任务",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    unions.keepInStep();
  }

  private void createGroup(Groups.Role role) {
    if (identity.createGroupQuery().groupId(role.id()).count() == 0) {
      Group group = identity.newGroup(role.id());
      group.setName(role.name());
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).singleResult();
    if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
      // a restart finds its grants in place and writes nothing
      return;
    }
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private void createFilter(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filter.setQuery(query);
    } else if (filter.getProperties().containsKey(FILTER_VARIABLES)) {
      return;
    }
    // every card names its case (filters of earlier installations get it too)
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
    properties.put(FILTER_VARIABLES, List.of(Map.of("name", CaseDisplay.CASE_TITLE, "label", "Case / 案件")));
    filter.setProperties(properties);
    filters.saveFilter(filter);
  }
}
