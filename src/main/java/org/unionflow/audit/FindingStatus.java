package org.unionflow.audit;

/** A sampled voucher found in order, an issue still open, or an issue rectified and re-checked. */
public enum FindingStatus {
  OK,
  OPEN,
  RESOLVED
}
