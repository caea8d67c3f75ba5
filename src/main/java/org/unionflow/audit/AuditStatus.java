package org.unionflow.audit;

/** Where a fund audit stands. */
public enum AuditStatus {
  PACKAGE_PREPARATION,
  REVIEW,
  RECTIFICATION,
  REPORT,
  PUBLISHED
}
