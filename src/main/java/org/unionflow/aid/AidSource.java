package org.unionflow.aid;

import org.unionflow.platform.Labelled;

/** How a case came in: the member's (or an officer's) application, a group leader's nomination, a visit. */
public enum AidSource implements Labelled {
  APPLICATION("Application / 本人申请"),
  NOMINATION("Nomination / 小组推荐"),
  VISIT_REFERRAL("Visit referral / 走访转介");

  private final String label;

  AidSource(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
