package org.unionflow.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Which groups may start each process, as its deployed model says ({@code camunda:candidateStarterGroups},
 * which the engine keeps as candidate links of the definition): the model is the one place to change it.
 */
@Component
@RequiredArgsConstructor
class ProcessStarters {

  private final RepositoryService repository;

  /** Process key to its starter groups, from the latest version of every deployed process. */
  Map<String, List<String>> groupsByProcess() {
    Map<String, List<String>> groups = new TreeMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      groups.put(definition.getKey(), repository.getIdentityLinksForProcessDefinition(definition.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).sorted().toList());
    }
    return groups;
  }
}
