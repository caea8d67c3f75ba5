package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionflow.UnionFlowTest;
import org.unionflow.visits.VisitProcess;

/** What each role may open and start, as the engine's authorizations decide it. */
@UnionFlowTest
class AuthorizationTests {

  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;

  @Test
  void everyRoleOfTheSpecIsAGroup() {
    assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
        .containsAll(Groups.ALL.stream().map(Groups.Role::id).toList());
  }

  @Test
  void onlyTheAdministratorOpensAdmin() {
    for (User user : identity.createUserQuery().list()) {
      assertThat(may(user.getId(), Permissions.ACCESS, Resources.APPLICATION, "admin")).as(user.getId())
          .isEqualTo(user.getId().equals("admin"));
    }
  }

  @Test
  void chairAndAuditorsOpenCockpitOfficersDoNot() {
    assertThat(may("ps-chair", Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(may("ps-auditor1", Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(may("ps-officer1", Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(may("ps-treasurer", Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
  }

  @Test
  void reportersStartVisitsTheTreasurerAndAuditorsDoNot() {
    for (String reporter : List.of("ps-officer1", "ps-leader1", "ps-chair", "ps-women")) {
      assertThat(may(reporter, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
          VisitProcess.KEY)).as(reporter).isTrue();
    }
    for (String other : List.of("ps-treasurer", "ps-auditor1")) {
      assertThat(may(other, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
          VisitProcess.KEY)).as(other).isFalse();
    }
  }

  /** The models are the one place that says who starts what: each group may start exactly its models' processes. */
  @Test
  void exactlyTheModelsStarterGroupsStartEachProcess() throws IOException {
    List<Process> processes = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      files.filter(file -> file.toString().endsWith(".bpmn")).forEach(file ->
          processes.addAll(Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)));
    }
    assertThat(processes).extracting(Process::getId).contains(VisitProcess.KEY, "hardshipAid", "fundAudit");
    for (Process process : processes) {
      List<String> starters = process.getCamundaCandidateStarterGroupsList();
      assertThat(starters).as(process.getId()).isNotEmpty();
      for (Groups.Role role : Groups.ALL) {
        assertThat(authorizations.isUserAuthorized("nobody", List.of(role.id()),
            ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, process.getId()))
            .as(role.id() + " starts " + process.getId()).isEqualTo(starters.contains(role.id()));
      }
    }
  }

  private boolean may(String userId, org.camunda.bpm.engine.authorization.Permission permission,
      org.camunda.bpm.engine.authorization.Resource resource, String resourceId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return authorizations.isUserAuthorized(userId, groups, permission, resource, resourceId);
  }
}
