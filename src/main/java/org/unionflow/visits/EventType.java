package org.unionflow.visits;

import org.unionflow.platform.Labelled;

/** The life events on which the union must visit a member (SPEC.md §1). */
public enum EventType implements Labelled {
  HOSPITALISATION("Hospitalisation / 生病住院"),
  WEDDING("Wedding / 结婚"),
  FUNERAL("Funeral / 丧事"),
  CHILDBIRTH("Childbirth / 生育"),
  RETIREMENT("Retirement / 退休"),
  MAJOR_HARDSHIP("Major hardship / 重大困难");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** What people read instead of the code, as the forms offer it. */
  @Override
  public String label() {
    return label;
  }
}
