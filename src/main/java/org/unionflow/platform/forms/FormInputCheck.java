package org.unionflow.platform.forms;

/**
 * A process's own rules for one form, run on the server after the form's declared constraints hold
 * (e.g. the member exists, the visit date is not before the event). Declared as Spring beans.
 *
 * @param formId the {@code id} of the Camunda Form the rules belong to
 * @param rules  adds a field error for every rule the values submitted in a union break; writes nothing
 */
public record FormInputCheck(String formId, Rules rules) {

  @FunctionalInterface
  public interface Rules {
    void check(String unionId, Submitted submitted, FieldErrors errors);
  }
}
