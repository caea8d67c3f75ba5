package org.unionflow.aid;

/** What the committee decides on a case. */
public enum AidDecision {
  APPROVE,
  REJECT,
  RETURN
}
