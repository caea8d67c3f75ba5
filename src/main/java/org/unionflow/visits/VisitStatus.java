package org.unionflow.visits;

/** Where a visit stands in the ledger. */
public enum VisitStatus {
  REPORTED,
  PLANNED,
  VISITED,
  PAID,
  RECORDED
}
