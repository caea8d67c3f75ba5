package org.unionflow.members;

import org.unionflow.platform.Labelled;

public enum Gender implements Labelled {
  FEMALE("Female / 女"),
  MALE("Male / 男");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  /** Bilingual, for pages and downloads. */
  @Override
  public String label() {
    return label;
  }
}
