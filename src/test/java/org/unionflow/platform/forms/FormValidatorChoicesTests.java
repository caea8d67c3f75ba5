package org.unionflow.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** Taglists and selects whose options the process sets under a valuesKey, checked against the real review form. */
class FormValidatorChoicesTests {

  private static final String LISTED_ONLY = "请从列表中选择 / must be one of the listed choices";
  private final FormValidator validator = new FormValidator(new FormSchemas(new ObjectMapper()), List.of(),
      new StartFormChoices(List.of()), Clock.systemUTC());
  private final Map<String, Object> variables = new HashMap<>(Map.of(
      "decision", "ACCEPT",
      "departmentChoices", json(Choices.variable(List.of(new Choices.Choice("Academic / 教务处", "dept-academic"),
          new Choices.Choice("HR / 人事处", "dept-hr")))),
      "mergeChoices", json(Choices.variable(List.of(new Choices.Choice("MOT-2026-003 · 食堂", "MOT-2026-003"))))));

  @Test
  void choicesAmongTheListedOnesAreTaken() {
    variables.put("handlingDepartments", Spin.JSON(List.of("dept-hr", "dept-academic")));
    variables.put("leadDepartment", "dept-hr");
    variables.put("mergeInto", "MOT-2026-003");

    assertThatNoException().isThrownBy(() -> validate());
  }

  @Test
  void aChoiceNotInTheProcesssListIsRefusedAtItsField() {
    variables.put("handlingDepartments", Spin.JSON(List.of("dept-academic", "chair")));
    variables.put("leadDepartment", "dept-nowhere");
    variables.put("mergeInto", "MOT-1999-001");

    assertThat(refusals()).containsOnly(Map.entry("handlingDepartments", LISTED_ONLY),
        Map.entry("leadDepartment", LISTED_ONLY), Map.entry("mergeInto", LISTED_ONLY));
  }

  @Test
  void nothingIsListedWhenTheProcessSetNoOptions() {
    variables.remove("mergeChoices");
    variables.put("mergeInto", "MOT-2026-003");

    assertThat(refusals()).containsOnly(Map.entry("mergeInto", LISTED_ONLY));
  }

  @Test
  void aTaglistTakesOnlyAListOfTextsEachChosenOnce() {
    variables.put("handlingDepartments", "dept-academic, dept-hr");
    assertThat(refusals()).containsOnly(Map.entry("handlingDepartments", "应为选项列表 / must be a list of choices"));

    variables.put("handlingDepartments", Spin.JSON(List.of(Map.of("value", "dept-hr"))));
    assertThat(refusals()).containsOnly(Map.entry("handlingDepartments", "应为选项列表 / must be a list of choices"));

    variables.put("handlingDepartments", Spin.JSON(List.of("dept-hr", "dept-hr")));
    assertThat(refusals()).containsOnly(Map.entry("handlingDepartments", "不能重复选择 / must not list a choice twice"));
  }

  private void validate() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    validator.validate("reviewMotion", "union-ps1", scope);
  }

  private Map<String, String> refusals() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, this::validate);
    assertThat(refused).isNotNull();
    Map<String, String> byField = new HashMap<>();
    refused.errors().forEach(error -> byField.put(error.field(), error.message()));
    return byField;
  }

  // what the engine hands a listener for a Json variable: the parsed node
  private static Object json(TypedValue value) {
    return value.getValue();
  }
}
