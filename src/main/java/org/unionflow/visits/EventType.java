package org.unionflow.visits;

/** The life events on which the union must visit a member (SPEC.md §1). */
public enum EventType {
  HOSPITALISATION,
  WEDDING,
  FUNERAL,
  CHILDBIRTH,
  RETIREMENT,
  MAJOR_HARDSHIP
}
