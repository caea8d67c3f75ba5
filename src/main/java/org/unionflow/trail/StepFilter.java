package org.unionflow.trail;

import java.time.LocalDate;

/**
 * The filters of a list across cases: who decided (claimed or completed), which process, a decision value
 * (any submitted value equal to it, e.g. {@code REJECT}), and the days the step was completed in (inclusive).
 */
record StepFilter(String person, String process, String decision, LocalDate from, LocalDate to) {

  StepFilter forPerson(String userId) {
    return new StepFilter(userId, process, decision, from, to);
  }

  /** How the filter reads in a report header. */
  String describe() {
    return "person=" + text(person) + ", process=" + text(process) + ", decision=" + text(decision)
        + ", from=" + text(from) + ", to=" + text(to);
  }

  private static String text(Object value) {
    return value == null ? "*" : value.toString();
  }
}
