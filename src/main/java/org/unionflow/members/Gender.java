package org.unionflow.members;

public enum Gender {
  FEMALE("Female / 女"),
  MALE("Male / 男");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  /** Bilingual, for pages and downloads. */
  public String label() {
    return label;
  }
}
