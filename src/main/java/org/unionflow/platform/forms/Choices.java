package org.unionflow.platform.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The options a process offers a form field through its {@code valuesKey} (form-js reads them as a JSON list of
 * {@code {"label", "value"}}), the list of values a taglist or checklist submits and the rows a dynamic list
 * submits (Tasklist sends both as Json).
 */
public final class Choices {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One option: what the person reads and what the form submits; {@code group}, when set, is the value another
   * field of the form must hold for the option to be offered (a budget line's category).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Choice(String label, String value, String group) {

    public Choice(String label, String value) {
      this(label, value, null);
    }
  }

  private Choices() {
  }

  /** The options as the Json variable a form's {@code valuesKey} names. */
  public static TypedValue variable(List<Choice> choices) {
    return SpinValues.jsonValue(Spin.JSON(choices)).create();
  }

  /** The submittable values of an options variable; empty when the process has set none. */
  static List<String> optionValues(Object options) {
    JsonNode tree = tree(options);
    List<String> values = new ArrayList<>();
    if (tree != null && tree.isArray()) {
      // form-js also takes a list of plain strings, each its own label
      tree.forEach(option -> values.add(option.isObject() ? option.path("value").asText() : option.asText()));
    }
    return values;
  }

  /** The labels of the chosen values, in their order, as the options variable shows them. */
  static List<String> labels(Object options, List<String> chosen) {
    JsonNode tree = tree(options);
    List<String> labels = new ArrayList<>();
    for (String value : chosen) {
      String label = value;
      for (JsonNode option : tree == null ? JSON.createArrayNode() : tree) {
        if (option.isObject() && value.equals(option.path("value").asText())) {
          label = option.path("label").asText();
        }
      }
      labels.add(label);
    }
    return labels;
  }

  /** The chosen values of a list field, or null when the value is not a list of texts. */
  static List<String> strings(Object submitted) {
    JsonNode tree = tree(submitted);
    if (tree == null || !tree.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : tree) {
      if (!item.isTextual()) {
        return null;
      }
      values.add(item.asText());
    }
    return values;
  }

  /** Rows as a process prefills a dynamic list: the Json variable its {@code path} names. */
  public static TypedValue rows(List<? extends Map<String, ?>> rows) {
    return SpinValues.jsonValue(Spin.JSON(rows)).create();
  }

  /** The rows of a dynamic list, each its items' keys to plain values, or null when the value is not such a list. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> rowsOf(Object submitted) {
    JsonNode tree = tree(submitted);
    if (tree == null || !tree.isArray()) {
      return null;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode row : tree) {
      if (!row.isObject()) {
        return null;
      }
      rows.add(JSON.convertValue(row, Map.class));
    }
    return rows;
  }

  private static JsonNode tree(Object value) {
    if (value instanceof SpinJsonNode spin) {
      return JSON.valueToTree(spin.unwrap());
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return JSON.valueToTree(value);
    }
    return null;
  }
}
