package org.unionflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The fields of every Camunda Form the engine deploys (read once from {@code forms/} on the classpath). */
@Component
public class FormSchemas {

  private static final String FORMS = "classpath*:forms/**/*.form";
  private static final List<String> INPUT_TYPES =
      List.of("textfield", "textarea", "number", "select", "radio", "checkbox", "datetime", "taglist", "checklist");

  private final Map<String, List<FormField>> fieldsByFormId = new HashMap<>();
  private final Map<String, Map<String, FieldText>> textsByFormId = new HashMap<>();

  /** How a form shows a field: its label, and the label of each option it offers. */
  public record FieldText(String label, Map<String, String> options) {
  }

  FormSchemas(ObjectMapper objectMapper) {
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = objectMapper.readTree(in);
          List<FormField> fields = new ArrayList<>();
          collect(form.path("components"), fields);
          fieldsByFormId.put(form.path("id").asText(), List.copyOf(fields));
          Map<String, FieldText> texts = new LinkedHashMap<>();
          collectTexts(form.path("components"), texts);
          textsByFormId.put(form.path("id").asText(), Collections.unmodifiableMap(texts));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Camunda Forms in forms/", e);
    }
  }

  /** The input fields of a form, or empty when no form of that id is deployed. */
  public Optional<List<FormField>> fields(String formId) {
    return Optional.ofNullable(fieldsByFormId.get(formId));
  }

  /** The keys a form submits: what an approval step records of the task. */
  public List<String> keys(String formId) {
    return fields(formId).orElse(List.of()).stream().map(FormField::key).toList();
  }

  /** The label and option labels of each keyed field of a form, by key; empty for an unknown form. */
  public Map<String, FieldText> texts(String formId) {
    return textsByFormId.getOrDefault(formId, Map.of());
  }

  private static void collectTexts(JsonNode components, Map<String, FieldText> texts) {
    for (JsonNode component : components) {
      collectTexts(component.path("components"), texts);
      if (component.hasNonNull("key") && component.hasNonNull("label")) {
        Map<String, String> options = new LinkedHashMap<>();
        component.path("values").forEach(option -> options.put(option.path("value").asText(),
            option.path("label").asText()));
        texts.put(component.path("key").asText(), new FieldText(component.path("label").asText(),
            Collections.unmodifiableMap(options)));
      }
    }
  }

  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (isRepeatingList(component)) {
        List<FormField> items = new ArrayList<>();
        collect(component.path("components"), items);
        fields.add(field(component, component.path("path").asText(), type, List.copyOf(items)));
        continue;
      }
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      // a disabled field only shows a value: form-js does not submit it, so nobody may
      if (!INPUT_TYPES.contains(type) || !component.hasNonNull("key") || component.path("disabled").asBoolean(false)) {
        continue;
      }
      fields.add(field(component, component.path("key").asText(), type, List.of()));
    }
  }

  // form-js submits a repeating dynamic list under its path, one object per row
  private static boolean isRepeatingList(JsonNode component) {
    return "dynamiclist".equals(component.path("type").asText()) && component.path("isRepeating").asBoolean(false)
        && component.hasNonNull("path");
  }

  private static FormField field(JsonNode component, String key, String type, List<FormField> items) {
    JsonNode validate = component.path("validate");
    List<String> options = new ArrayList<>();
    component.path("values").forEach(option -> options.add(option.path("value").asText()));
    return new FormField(
        key,
        type,
        textOrNull(component, "subtype"),
        component.path("label").asText(),
        validate.path("required").asBoolean(false),
        component.has("conditional"),
        component.path("readonly").asBoolean(false),
        decimalOrNull(validate, "min"),
        decimalOrNull(validate, "max"),
        intOrNull(validate, "minLength"),
        intOrNull(validate, "maxLength"),
        textOrNull(validate, "pattern"),
        intOrNull(component, "decimalDigits"),
        List.copyOf(options),
        textOrNull(component, "valuesKey"),
        items);
  }

  private static String textOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static Integer intOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asInt() : null;
  }

  private static BigDecimal decimalOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).decimalValue() : null;
  }
}
