package org.unionflow.platform.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.unionflow.platform.Money;

/** Typed reads of the values a form submitted (forms send dates as text and numbers as any numeric type). */
@RequiredArgsConstructor
public final class Submitted {

  private final VariableScope scope;

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** The values chosen in a taglist or checklist, in the order given; empty when none. */
  public List<String> list(String name) {
    List<String> values = Choices.strings(scope.getVariable(name));
    return values == null ? List.of() : values;
  }

  /** The rows a dynamic list submitted, in their order; empty when none (the form validator checked their shape). */
  public List<Row> rows(String name) {
    List<Map<String, Object>> rows = Choices.rowsOf(scope.getVariable(name));
    List<Row> numbered = new ArrayList<>();
    for (int i = 0; rows != null && i < rows.size(); i++) {
      numbered.add(new Row(name + "[" + i + "]", rows.get(i)));
    }
    return numbered;
  }

  /** What the person read for each value chosen in a list field whose options the process set. */
  public List<String> chosenLabels(String name, String valuesKey) {
    return Choices.labels(scope.getVariable(valuesKey), list(name));
  }

  /** A day as a form sends it, 2026-12-02 (the form validator has made a typed Date the union's day). */
  public LocalDate date(String name) {
    String text = text(name);
    return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  public BigDecimal money(String name) {
    return Money.parse(scope.getVariable(name));
  }

  public Integer integer(String name) {
    String text = text(name);
    return text == null ? null : new BigDecimal(text).intValueExact();
  }

  public boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public long id(String name) {
    return ((Number) scope.getVariable(name)).longValue();
  }
}
