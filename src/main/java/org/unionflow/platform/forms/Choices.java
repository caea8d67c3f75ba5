package org.unionflow.platform.forms;

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
 * {@code {"label", "value"}}), and the list of values a taglist or checklist submits (Tasklist sends it as Json).
 */
public final class Choices {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One option: what the person reads and what the form submits. */
  public record Choice(String label, String value) {
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
