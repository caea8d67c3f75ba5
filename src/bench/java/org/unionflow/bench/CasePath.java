package org.unionflow.bench;

import java.util.List;
import java.util.Map;

/**
 * The main path of one process as an officer's browser walks it: who starts it with which form values, then each
 * user task (who claims it and what they submit) and each timer the harness fires instead of waiting for it.
 */
record CasePath(String processKey, String starter, Map<String, Object> startValues, List<Step> steps) {

  sealed interface Step permits Task, Timer {
  }

  /** A user task of that definition key, claimed and completed by the user with the form values. */
  record Task(String taskKey, String user, Map<String, Object> values) implements Step {
  }

  /** A timer the harness executes at once: timers are not waited for. */
  record Timer(String activityId) implements Step {
  }

  long userTasks() {
    return steps.stream().filter(Task.class::isInstance).count();
  }
}
