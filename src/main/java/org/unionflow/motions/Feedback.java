package org.unionflow.motions;

/** The proposer's satisfaction with the replies; NO_FEEDBACK when none came in time. */
public enum Feedback {
  SATISFIED, BASICALLY_SATISFIED, UNSATISFIED, NO_FEEDBACK;

  boolean counts() {
    return this != NO_FEEDBACK;
  }

  boolean satisfied() {
    return this == SATISFIED || this == BASICALLY_SATISFIED;
  }
}
