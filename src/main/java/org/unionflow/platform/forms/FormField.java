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
    List<String> options) {

  boolean isDate() {
    return "datetime".equals(type) && "date".equals(subtype);
  }
}
