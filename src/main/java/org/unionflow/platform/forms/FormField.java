package org.unionflow.platform.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * The constraints one Camunda Form field declares, as the server enforces them. A dynamic list is one field whose
 * key is its {@code path} and whose {@code items} are the fields of each of its rows.
 */
record FormField(
    String key,
    String type,
    String subtype,
    String label,
    boolean required,
    boolean conditional,
    boolean readonly,
    BigDecimal min,
    BigDecimal max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    Integer decimalDigits,
    List<String> options,
    String valuesKey,
    List<FormField> items) {

  /** A taglist or checklist: its value is a list of choices. */
  boolean isList() {
    return "taglist".equals(type) || "checklist".equals(type);
  }

  /** A dynamic list: its value is a list of rows, each a map of its items' keys to values. */
  boolean isRows() {
    return "dynamiclist".equals(type);
  }

  /** Tasklist submits the value of a list field, and only of one, as a Json variable. */
  boolean takesJson() {
    return isList() || isRows();
  }

  /**
   * A read-only choice in a dynamic list names its row: the process prefilled one row per offered choice, and the
   * person may neither change which, nor add or drop a row.
   */
  boolean namesRow() {
    return readonly && ("select".equals(type) || "radio".equals(type));
  }

  boolean isDate() {
    return "datetime".equals(type) && "date".equals(subtype);
  }

  /** This item of a dynamic list in one row, its key naming the row: {@code findings[2].result}. */
  FormField inRow(String row) {
    return new FormField(row + "." + key, type, subtype, label, required, conditional, readonly, min, max, minLength,
        maxLength, pattern, decimalDigits, options, valuesKey, items);
  }
}
