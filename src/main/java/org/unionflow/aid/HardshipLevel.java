package org.unionflow.aid;

import org.unionflow.platform.Labelled;

/** The level of a hardship file: 一般困难 or 特困. */
public enum HardshipLevel implements Labelled {
  GENERAL("一般困难"),
  EXTREME("特困");

  private final String label;

  HardshipLevel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
