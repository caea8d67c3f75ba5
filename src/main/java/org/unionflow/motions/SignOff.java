package org.unionflow.motions;

/** The administration's decision on a drafted reply. */
public enum SignOff {
  APPROVED, RETURNED
}
