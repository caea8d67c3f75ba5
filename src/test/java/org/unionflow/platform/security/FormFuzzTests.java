package org.unionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.unionflow.DemoUsersOverHttp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.platform.forms.FormValidator;
import org.unionflow.platform.forms.InvalidInputException;

/**
 * Hostile values in every field of every form: the server answers a field error or takes the value, never a
 * server error, an SQL text or a stack trace.
 */
@UnionFlowTest
class FormFuzzTests {

  private static final ObjectMapper JSON_READER = new ObjectMapper();
  private static final Pattern COLUMN = Pattern.compile("(?i)\\b([a-z_]+)\\s+varchar\\((\\d+)\\)");
  private static final List<Object> HOSTILE = List.of("+999999999-12-31", "0001-01-01", "9999-12-31", "1e400", "-1e400",
      "NaN", "", " ", "x".repeat(100_000), "\u0000", "\u001b[31m", "\u202egnp.exe", "<img src=x onerror=alert(1)>",
      "[a](javascript:alert(1))", "' OR 1=1 --", "王丽，赵敏", -1, 0, 1e300, Long.MAX_VALUE, Double.NaN, true, "true");
  // values the domain rules look up, so the hostile value meets the database and not a missing member
  private static final Map<String, Object> KNOWN = Map.of("memberStaffNo", "PS-0001",
      "coSigners", List.of("ps-rep2", "ps-rep3"));

  @Autowired FormValidator validator;
  @Autowired DemoUsersOverHttp demo;

  @Test
  void everyFieldOfEveryFormRefusesHostileValuesWithAFieldErrorOnly() throws IOException {
    int tried = 0;
    for (JsonNode form : forms()) {
      String formId = form.path("id").asText();
      List<JsonNode> fields = inputs(form);
      for (JsonNode field : fields) {
        for (Object hostile : HOSTILE) {
          Map<String, Object> values = baseline(fields);
          values.put(field.path("key").asText(), hostile);
          try {
            validator.validate(formId, "union-ps1", scope(values));
          } catch (InvalidInputException refused) {
            assertThat(refused.errors()).as(formId).isNotEmpty();
          }
          tried++;
        }
      }
    }
    assertThat(tried).isGreaterThan(1000);
  }

  @Test
  void hostileValuesInEveryStartFormOverTheEngineRestNeverAnswer500() throws IOException {
    Map<String, String> starters = Map.of("reportVisitEvent", "fiveMandatoryVisits", "submitMotion", "congressMotion",
        "applyForAid", "hardshipAid", "requestExpense", "expenseApproval");
    Map<String, String> users = Map.of("fiveMandatoryVisits", "ps-leader1", "congressMotion", "ps-rep1",
        "hardshipAid", "ps-officer1", "expenseApproval", "ps-officer1");
    for (JsonNode form : forms()) {
      String process = starters.get(form.path("id").asText());
      if (process == null) {
        continue;
      }
      List<JsonNode> fields = inputs(form);
      for (JsonNode field : fields) {
        for (Object hostile : HOSTILE) {
          Map<String, Object> variables = new LinkedHashMap<>();
          baseline(fields).forEach((name, given) -> variables.put(name, Map.of("value", given)));
          variables.put(field.path("key").asText(), hostile instanceof String ? Map.of("value", hostile)
              : Map.of("value", hostile, "type", hostile instanceof Boolean ? "Boolean"
                  : hostile instanceof Long ? "Long" : "Double"));
          ResponseEntity<String> answer = demo.as(users.get(process)).exchange(
              "/engine-rest/process-definition/key/" + process + "/submit-form", HttpMethod.POST,
              new HttpEntity<>(Map.of("variables", variables)), String.class);
          assertThat(answer.getStatusCode().value()).as(process + " " + field.path("key") + " = " + abbreviated(hostile)
              + ": " + answer.getBody()).isIn(200, 400);
          assertThat(String.valueOf(answer.getBody())).doesNotContain("SQL", "ENGINE-", "\tat ");
        }
      }
    }
  }

  @Test
  void noFormAllowsMoreTextThanItsColumnHolds() throws IOException {
    Map<String, Integer> columns = new HashMap<>();
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path migration : migrations.toList()) {
        Matcher column = COLUMN.matcher(Files.readString(migration));
        while (column.find()) {
          columns.merge(column.group(1).toLowerCase(), Integer.parseInt(column.group(2)), Math::max);
        }
      }
    }
    List<String> tooLong = new ArrayList<>();
    for (JsonNode form : forms()) {
      for (JsonNode field : inputs(form)) {
        Integer size = columns.get(snake(field.path("key").asText()));
        int maxLength = field.path("validate").path("maxLength").asInt(Integer.MAX_VALUE);
        if (size != null && field.path("type").asText().startsWith("text") && maxLength > size) {
          tooLong.add(form.path("id").asText() + "." + field.path("key").asText() + " " + maxLength + " > " + size);
        }
      }
    }
    assertThat(tooLong).isEmpty();
  }

  private static Map<String, Object> baseline(List<JsonNode> fields) {
    Map<String, Object> values = new HashMap<>();
    for (JsonNode field : fields) {
      String key = field.path("key").asText();
      JsonNode validate = field.path("validate");
      Object value = switch (field.path("type").asText()) {
        case "select", "radio" -> field.path("values").path(0).path("value").asText();
        case "checkbox" -> false;
        case "number" -> validate.has("min") ? validate.get("min").decimalValue().max(java.math.BigDecimal.ONE)
            : java.math.BigDecimal.ONE;
        case "datetime" -> UnionDay.today().toString();
        case "taglist", "checklist" -> KNOWN.getOrDefault(key, List.of());
        default -> KNOWN.getOrDefault(key, "测试".repeat(Math.max(1, validate.path("minLength").asInt(1))));
      };
      values.put(key, value);
    }
    return values;
  }

  /** The submitted values, and for what the process set before the step (dates, standards), plausible ones. */
  private static VariableScope scope(Map<String, Object> values) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> {
      String name = call.getArgument(0);
      if (values.containsKey(name)) {
        return values.get(name);
      }
      return name.endsWith("Date") || name.endsWith("On") ? UnionDay.today().toString()
          : name.endsWith("Amount") ? 300L : null;
    });
    return scope;
  }

  private static List<JsonNode> forms() throws IOException {
    List<JsonNode> forms = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        forms.add(JSON_READER.readTree(file.toFile()));
      }
    }
    return forms;
  }

  private static List<JsonNode> inputs(JsonNode form) {
    List<JsonNode> inputs = new ArrayList<>();
    collect(form.path("components"), inputs);
    return inputs;
  }

  private static void collect(JsonNode components, List<JsonNode> inputs) {
    for (JsonNode component : components) {
      collect(component.path("components"), inputs);
      if (component.hasNonNull("key") && !List.of("text", "html", "image", "button", "spacer", "separator")
          .contains(component.path("type").asText())) {
        inputs.add(component);
      }
    }
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }

  private static String abbreviated(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
