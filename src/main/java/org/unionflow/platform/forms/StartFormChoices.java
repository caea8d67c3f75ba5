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
        ArrayNode values = field.putArray("values");
        choices(valuesKey, unionIds).forEach(choice -> values.addObject().put("label", choice.label()).put("value", choice.value()));
      }
      fillComponents(component, unionIds);
    }
  }

  private List<Choice> choices(String valuesKey, List<String> unionIds) {
    return unionIds.stream().flatMap(unionId -> byValuesKey.get(valuesKey).inUnion().apply(unionId).stream()).toList();
  }
}
