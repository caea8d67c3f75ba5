package org.unionflow.motions;

/** Where a motion stands in the register. */
public enum MotionStatus {
  SUBMITTED, AMENDING, ACCEPTED, ANSWERED, CONVERTED, MERGED, REJECTED, PUBLISHED
}
