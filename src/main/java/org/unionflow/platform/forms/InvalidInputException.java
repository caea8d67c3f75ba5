package org.unionflow.platform.forms;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses a start or completion: the transaction rolls back, so nothing is written. The engine REST turns
 * this type into 400 with the message, which names every refused field.
 */
public class InvalidInputException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(List.copyOf(errors), errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
