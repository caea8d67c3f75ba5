package org.unionflow.platform.forms;

import java.math.BigDecimal;
import java.util.List;

/** The constraints one Camunda Form field declares, as the server enforces them. */
record FormField(
    String key,
    String type,
    String subtype,
    String label,
    boolean required,
    boolean conditional,
    BigDecimal min,
    BigDecimal max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    Integer decimalDigits,
    List<String> options,
    String valuesKey) {

  /** A taglist or checklist: its value is a list of choices. */
  boolean isList() {
    return "taglist".equals(type) || "checklist".equals(type);
  }

  boolean isDate() {
    return "datetime".equals(type) && "date".equals(subtype);
  }
}
