package org.unionflow.aid;

/** Where an aid case stands. */
public enum AidStatus {
  APPLIED,
  NOT_ELIGIBLE,
  UNDER_VERIFICATION,
  UNDER_REVIEW,
  INFORMATION_REQUESTED,
  REJECTED,
  UNDER_NOTICE,
  AWAITING_APPROVAL,
  REFUSED,
  APPROVED,
  PAID
}
