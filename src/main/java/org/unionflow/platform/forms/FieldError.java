package org.unionflow.platform.forms;

/** One refused field and why, in words a form user understands. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
