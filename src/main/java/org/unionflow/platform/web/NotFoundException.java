package org.unionflow.platform.web;

/** A record that does not exist, or not in the caller's union (which, to the caller, is the same). */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
