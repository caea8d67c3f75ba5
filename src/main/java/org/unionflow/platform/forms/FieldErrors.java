package org.unionflow.platform.forms;

import java.util.ArrayList;
import java.util.List;

/** Collects the refusals of one submission so the user sees all of them at once. */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  public void reject(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(error -> error.field().equals(field));
  }

  /** Adds these refusals to others, for each field the others do not refuse already. */
  void addTo(FieldErrors others) {
    errors.stream().filter(error -> !others.has(error.field())).forEach(others.errors::add);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public static InvalidInputException single(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }
}
