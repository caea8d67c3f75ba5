package org.unionflow.motions;

import org.unionflow.platform.Labelled;

/** The proposer's satisfaction with the replies; NO_FEEDBACK when none came in time. */
public enum Feedback implements Labelled {
  SATISFIED("Satisfied / 满意"),
  BASICALLY_SATISFIED("Basically satisfied / 基本满意"),
  UNSATISFIED("Unsatisfied / 不满意"),
  NO_FEEDBACK("No feedback / 未反馈");

  private final String label;

  Feedback(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  boolean counts() {
    return this != NO_FEEDBACK;
  }

  boolean satisfied() {
    return this == SATISFIED || this == BASICALLY_SATISFIED;
  }
}
