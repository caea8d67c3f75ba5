package org.unionflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.Choices.Choice;

/**
 * Gives start forms their options. Tasklist loads a start form's schema and no variables, so the schema served
 * to a person carries the options of their union in place of the {@code valuesKey}; the submission is checked
 * against the same options, computed again.
 */
@Component
public class StartFormChoices {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A field's custom property naming the other field whose value narrows its options. */
  static final String NARROWED_BY = "narrowedBy";

  private final Map<String, StartFormOptions> byValuesKey;

  StartFormChoices(List<StartFormOptions> options) {
    this.byValuesKey = options.stream().collect(Collectors.toMap(StartFormOptions::valuesKey, Function.identity()));
  }

  boolean offers(String valuesKey) {
    return byValuesKey.containsKey(valuesKey);
  }

  /** Whether a union's person may choose that value in a field with that {@code valuesKey}. */
  boolean offered(String valuesKey, String unionId, String value) {
    return unionId != null && byValuesKey.get(valuesKey).offered().test(unionId, value);
  }

  /** The form schema with the options of the unions named filled in for every field whose options are known here. */
  public InputStream fill(InputStream schema, List<String> unionIds) {
    try (schema) {
      JsonNode form = JSON.readTree(schema);
      fillComponents(form, unionIds);
      return new ByteArrayInputStream(JSON.writeValueAsBytes(form));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fillComponents(JsonNode container, List<String> unionIds) {
    for (JsonNode component : container.path("components")) {
      String valuesKey = component.path("valuesKey").asText(null);
      if (valuesKey != null && offers(valuesKey)) {
        ObjectNode field = (ObjectNode) component;
        field.remove("valuesKey");
        String narrowedBy = component.path("properties").path(NARROWED_BY).asText(null);
        if (narrowedBy == null) {
          ArrayNode values = field.putArray("values");
          choices(valuesKey, unionIds).forEach(choice -> values.addObject().put("label", choice.label())
              .put("value", choice.value()));
        } else {
          field.put("valuesExpression", narrowedList(choices(valuesKey, unionIds), narrowedBy));
        }
      }
      fillComponents(component, unionIds);
    }
  }

  /**
   * The options as a FEEL list that form-js narrows as the person fills the form: while the other field is
   * empty every option is offered, then only those of its value (a budget line of the chosen category).
   */
  static String narrowedList(List<Choice> choices, String narrowedBy) {
    return "=[" + choices.stream().map(choice -> "{label: " + feel(choice.label()) + ", value: " + feel(choice.value())
        + ", group: " + feel(choice.group()) + "}").collect(Collectors.joining(", ")) + "][" + narrowedBy
        + " = null or item.group = " + narrowedBy + "]";
  }

  private static String feel(String text) {
    return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private List<Choice> choices(String valuesKey, List<String> unionIds) {
    return unionIds.stream().flatMap(unionId -> byValuesKey.get(valuesKey).inUnion().apply(unionId).stream()).toList();
  }
}
