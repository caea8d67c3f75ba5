package org.unionflow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.unionflow.UnionFlowTest;
import org.unionflow.platform.Groups;

/** Every start runs the identity bootstrap: on a database that has its grants it writes none, and it mends one. */
@UnionFlowTest
class IdentityBootstrapTests {

  @Autowired IdentityBootstrap bootstrap;
  @Autowired AuthorizationService authorizations;

  @Test
  void aRestartFindsEveryGrantInPlaceAndWritesNone() {
    Map<String, Integer> before = revisions();

    bootstrap.run(new DefaultApplicationArguments());

    Map<String, Integer> after = revisions();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    assertThat(before.keySet().stream().filter(id -> !before.get(id).equals(after.get(id))))
        .as("grants written again").isEmpty();
  }

  @Test
  void aGrantThatLostAPermissionHasItAgainAfterTheNextStart() {
    Authorization handOver = authorizations.createAuthorizationQuery().groupIdIn(Groups.CHAIR).resourceType(TASK)
        .resourceId("*").singleResult();
    handOver.removePermission(TaskPermissions.TASK_ASSIGN);
    authorizations.saveAuthorization(handOver);

    bootstrap.run(new DefaultApplicationArguments());

    assertThat(authorizations.createAuthorizationQuery().authorizationId(handOver.getId()).singleResult()
        .isPermissionGranted(TaskPermissions.TASK_ASSIGN)).isTrue();
  }

  private Map<String, Integer> revisions() {
    return authorizations.createAuthorizationQuery().list().stream()
        .collect(Collectors.toMap(Authorization::getId, grant -> ((AuthorizationEntity) grant).getRevision()));
  }
}
