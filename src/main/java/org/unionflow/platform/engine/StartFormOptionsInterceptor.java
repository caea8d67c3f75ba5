package org.unionflow.platform.engine;

import java.io.InputStream;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.unionflow.platform.forms.StartFormChoices;
import org.unionflow.platform.unions.UnionTree;

/**
 * Serves a person the start form of a process with the options of the unions they act for filled in. Both
 * engine REST APIs (Tasklist's and /engine-rest) read a deployed start form through this one command.
 */
@RequiredArgsConstructor
class StartFormOptionsInterceptor extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl engine;
  private final StartFormChoices choices;
  private final UnionTree tree;

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    boolean asked = command instanceof GetDeployedStartFormCmd && Context.getCommandContext() == null;
    T result = next.execute(command);
    Authentication person = engine.getIdentityService().getCurrentAuthentication();
    if (asked && person != null) {
      List<String> unions = tree.actsFor(person.getTenantIds() == null ? List.of() : person.getTenantIds());
      return (T) choices.fill((InputStream) result, unions);
    }
    return result;
  }
}
