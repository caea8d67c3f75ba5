package org.unionflow.aid;

/** The level of a hardship file: 一般困难 or 特困. */
public enum HardshipLevel {
  GENERAL("一般困难"),
  EXTREME("特困");

  private final String label;

  HardshipLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
