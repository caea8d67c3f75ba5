package org.unionflow.platform.steps;

import java.util.Set;

/**
 * Which cases a register lists: all of them ({@code instances} null), or those whose process instance is among
 * {@code instances}, the ones found waiting at a step. A register's query keeps a row when {@link #all()} or its
 * process instance is in {@link #instances()}.
 */
public record CasesAtStep(Set<String> instances) {

  public static final CasesAtStep ALL = new CasesAtStep(null);

  public boolean all() {
    return instances == null;
  }

  /** No case waits at the step: the register answers empty without asking the database (IN () is no SQL). */
  public boolean none() {
    return instances != null && instances.isEmpty();
  }
}
