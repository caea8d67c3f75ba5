package org.unionflow.members;

import org.unionflow.platform.Labelled;

public enum MemberStatus implements Labelled {
  ACTIVE("Active / 在职"),
  RETIRED("Retired / 退休");

  private final String label;

  MemberStatus(String label) {
    this.label = label;
  }

  /** Bilingual, for pages and downloads. */
  @Override
  public String label() {
    return label;
  }
}
