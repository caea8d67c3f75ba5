package org.unionflow.motions;

import java.time.LocalDate;

/** A congress session as the REST API lists it. */
record SessionView(long id, String name, LocalDate opensOn, LocalDate closesOn) {

  static SessionView of(CongressSession s) {
    return new SessionView(s.getId(), s.getName(), s.getOpensOn(), s.getClosesOn());
  }
}
