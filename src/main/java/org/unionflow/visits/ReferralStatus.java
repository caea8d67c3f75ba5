package org.unionflow.visits;

/** A hardship referral waits for the hardship-aid process to take it up. */
public enum ReferralStatus {
  OPEN,
  TAKEN_UP
}
