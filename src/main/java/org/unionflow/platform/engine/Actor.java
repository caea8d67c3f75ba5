package org.unionflow.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.unionflow.platform.forms.FieldErrors;

/** Who acts: the logged-in user, else whoever claimed the task (tests and jobs run without a login). */
public final class Actor {

  public static final String SYSTEM = "system";

  private Actor() {
  }

  public static String of(DelegateTask task) {
    String user = loggedIn(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    return user != null ? user : task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }

  /** The actor of a task handed to one person (a vote): anyone else is refused on the given form field. */
  public static String assignedTo(DelegateTask task, String field) {
    String actor = of(task);
    if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
      throw FieldErrors.single(field, "this task belongs to " + task.getAssignee());
    }
    return actor;
  }

  public static String of(DelegateExecution execution) {
    String user = loggedIn(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    return user != null ? user : SYSTEM;
  }

  private static String loggedIn(Authentication authentication) {
    return authentication == null ? null : authentication.getUserId();
  }
}
