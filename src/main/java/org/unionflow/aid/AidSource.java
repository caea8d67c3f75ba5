package org.unionflow.aid;

/** How a case came in: the member's (or an officer's) application, a group leader's nomination, a visit. */
public enum AidSource {
  APPLICATION,
  NOMINATION,
  VISIT_REFERRAL
}
