package org.unionflow.motions;

/** The committee's last word after the proposer stayed unsatisfied through every round. */
public enum FinalDecision {
  REPLY_STANDS, CANNOT_BE_SOLVED, CARRY_TO_NEXT_SESSION
}
