package org.unionflow.members;

public enum MemberStatus {
  ACTIVE("Active / 在职"),
  RETIRED("Retired / 退休");

  private final String label;

  MemberStatus(String label) {
    this.label = label;
  }

  /** Bilingual, for pages and downloads. */
  public String label() {
    return label;
  }
}
