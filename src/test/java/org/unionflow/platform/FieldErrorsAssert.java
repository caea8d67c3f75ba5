package org.unionflow.platform;

import java.util.List;
import org.unionflow.platform.forms.FieldError;
import org.unionflow.platform.forms.InvalidInputException;

/** Finds the field-level refusal inside whatever the engine wrapped it in. */
public final class FieldErrorsAssert {

  private FieldErrorsAssert() {
  }

  /** The names of the refused fields, in the order the refusal lists them; fails if there was no refusal. */
  public static List<String> refusedFields(Throwable thrown) {
    return refusal(thrown).stream().map(FieldError::field).toList();
  }

  /** The refusals as "field: message", in order; fails if there was no refusal. */
  public static List<String> refusals(Throwable thrown) {
    return refusal(thrown).stream().map(error -> error.field() + ": " + error.message()).toList();
  }

  private static List<FieldError> refusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalid.errors();
      }
    }
    throw new AssertionError("Expected a refusal of invalid input, got " + thrown, thrown);
  }
}
