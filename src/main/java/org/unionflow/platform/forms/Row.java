package org.unionflow.platform.forms;

import java.util.Map;

/**
 * One row a dynamic list submitted.
 *
 * @param at     the row as field errors name it, {@code findings[2]} (counted from 0, as the list's order)
 * @param values the row's items by key, as the form sent them
 */
public record Row(String at, Map<String, Object> values) {

  /** A row's item as field errors name it: {@code findings[2].result}. */
  public String field(String item) {
    return at + "." + item;
  }

  /** The item's text, stripped; null when empty. */
  public String text(String item) {
    Object value = values.get(item);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
