package org.unionflow.platform.steps;

/**
 * A register's step filter as a page sends it: {@code step} is a user task id of the register's process
 * ({@code planVisit}), {@code overdue=true} keeps the cases whose open task is past its due date. Neither: every
 * case.
 */
public record StepQuery(String step, Boolean overdue) {

  boolean namesStep() {
    return step != null && !step.isBlank();
  }

  boolean onlyOverdue() {
    return Boolean.TRUE.equals(overdue);
  }
}
