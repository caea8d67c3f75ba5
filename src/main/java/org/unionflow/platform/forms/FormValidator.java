package org.unionflow.platform.forms;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Enforces on the server what a Camunda Form promises in the browser, then the process's own
 * {@link FormInputCheck}s; refuses the whole submission with every field error at once. A date field given as a
 * typed Date (an instant, over the REST API) is taken as that moment's day in the union's time zone.
 */
@Component
public class FormValidator {

  private final FormSchemas schemas;
  private final Map<String, List<FormInputCheck>> checksByFormId;
  private final Clock clock;

  FormValidator(FormSchemas schemas, List<FormInputCheck> checks, Clock clock) {
    this.schemas = schemas;
    this.checksByFormId = checks.stream().collect(Collectors.groupingBy(FormInputCheck::formId));
    this.clock = clock;
  }

  public void validate(String formId, String unionId, VariableScope submitted) {
    FieldErrors errors = new FieldErrors();
    for (FormField field : schemas.fields(formId).orElse(List.of())) {
      if (field.isDate() && submitted.getVariable(field.key()) instanceof Date instant) {
        submitted.setVariable(field.key(), instant.toInstant().atZone(clock.getZone()).toLocalDate().toString());
      }
      checkField(field, submitted.getVariable(field.key()), errors);
    }
    // domain rules only look at values that are already well-formed
    if (errors.isEmpty()) {
      checksByFormId.getOrDefault(formId, List.of()).forEach(check -> check.rules().check(unionId, new Submitted(submitted), errors));
    }
    errors.throwIfAny();
  }

  private static void checkField(FormField field, Object value, FieldErrors errors) {
    String key = field.key();
    if (value == null || value instanceof String text && text.isBlank()) {
      if (field.required() && !field.conditional()) {
        errors.reject(key, "is required");
      }
      return;
    }
    switch (field.type()) {
      case "number" -> checkNumber(field, value, errors);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          errors.reject(key, "must be true or false");
        }
      }
      case "select", "radio" -> {
        if (!field.options().contains(value.toString())) {
          errors.reject(key, "must be one of " + field.options());
        }
      }
      case "datetime" -> checkDate(field, value, errors);
      default -> checkText(field, value, errors);
    }
  }

  private static void checkNumber(FormField field, Object value, FieldErrors errors) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      errors.reject(field.key(), "must be a number");
      return;
    }
    int digits = field.decimalDigits() == null ? 0 : field.decimalDigits();
    if (number.stripTrailingZeros().scale() > digits) {
      errors.reject(field.key(), digits == 0 ? "must be a whole number" : "must have at most " + digits + " decimal places");
    } else if (field.min() != null && number.compareTo(field.min()) < 0) {
      errors.reject(field.key(), "must be at least " + field.min().toPlainString());
    } else if (field.max() != null && number.compareTo(field.max()) > 0) {
      errors.reject(field.key(), "must be at most " + field.max().toPlainString());
    }
  }

  private static void checkDate(FormField field, Object value, FieldErrors errors) {
    if (!field.isDate() || value instanceof LocalDate) {
      return;
    }
    try {
      LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      errors.reject(field.key(), "must be a date like 2026-03-15");
    }
  }

  private static void checkText(FormField field, Object value, FieldErrors errors) {
    if (!(value instanceof String text)) {
      errors.reject(field.key(), "must be text");
      return;
    }
    int length = text.strip().length();
    if (field.minLength() != null && length < field.minLength()) {
      errors.reject(field.key(), "must have at least " + field.minLength() + " characters");
    } else if (field.maxLength() != null && length > field.maxLength()) {
      errors.reject(field.key(), "must have at most " + field.maxLength() + " characters");
    } else if (field.pattern() != null && !text.matches(field.pattern())) {
      errors.reject(field.key(), "has the wrong format");
    }
  }
}
