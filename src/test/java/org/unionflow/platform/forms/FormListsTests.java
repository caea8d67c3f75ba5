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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * A dynamic list, checked against the real review form of the fund audit: each row's items as the form declares
 * them, the rows exactly those the process prefilled, and a Json value taken for a list field alone.
 */
class FormListsTests {

  private final FormSchemas schemas = new FormSchemas(new ObjectMapper());
  private final FormValidator validator = new FormValidator(schemas, List.of(), new StartFormChoices(List.of()),
      Clock.systemUTC());
  private final FormContract contract = new FormContract(schemas);
  private final Map<String, Object> variables = new HashMap<>(Map.of("voucherChoices", Choices.variable(List.of(
      new Choices.Choice("PZ-2026-0001 · 1500.00 元", "PZ-2026-0001"),
      new Choices.Choice("PZ-2026-0002 · 100.00 元", "PZ-2026-0002"),
      new Choices.Choice("PZ-2026-0003 · 200.00 元", "PZ-2026-0003"))).getValue()));

  @Test
  void oneRowPerPrefilledVoucherEachWithAListedResultIsTaken() {
    submit(row("PZ-2026-0001", "OK", ""), row("PZ-2026-0002", "ISSUE", "no receipt"), row("PZ-2026-0003", "OK", ""));

    assertThatNoException().isThrownBy(this::validate);
  }

  @Test
  void eachRowIsRefusedAtItsItemNamingTheRow() {
    Map<String, Object> extra = row("PZ-2026-0003", "OK", "");
    extra.put("amount", "1.00");
    submit(row("PZ-2026-0001", null, ""), row("PZ-2026-0002", "MAYBE", "x".repeat(501)), extra);

    assertThat(refusals()).containsOnly(
        Map.entry("findings[0].result", "必填 / is required"),
        Map.entry("findings[1].result", "请从选项中选择 / must be one of [OK, ISSUE]"),
        Map.entry("findings[1].note", "最多 500 个字 / must have at most 500 characters"),
        Map.entry("findings[2].amount", FormContract.NOT_A_FIELD));
  }

  @Test
  void theRowsAreExactlyThePrefilledOnesNoneAddedRepeatedOrLeftOut() {
    submit(row("PZ-2026-0001", "OK", ""), row("PZ-2026-0001", "OK", ""), row("PZ-1999-0001", "OK", ""));

    assertThat(refusals()).containsOnly(
        Map.entry("findings[1].voucherNo", "与第 1 行重复 / repeats row 1"),
        Map.entry("findings[2].voucherNo", "请从列表中选择 / must be one of the listed choices"),
        Map.entry("findings", "缺少这些行：PZ-2026-0002 · 100.00 元；PZ-2026-0003 · 200.00 元 / rows missing: "
            + "PZ-2026-0002 · 100.00 元; PZ-2026-0003 · 200.00 元"));
  }

  @Test
  void aListThatIsNotRowsIsRefusedAtTheList() {
    variables.put("findings", "PZ-2026-0001: OK");
    assertThat(refusals()).containsOnly(Map.entry("findings", "应为逐行填写的列表 / must be a list of rows"));

    variables.put("findings", Choices.rows(List.of()).getValue());
    assertThat(refusals()).containsOnlyKeys("findings");
  }

  @Test
  void aJsonValueIsTakenForAListFieldAloneAndASerializedObjectNowhere() {
    Map<String, Object> rows = Map.of("findings", Choices.rows(List.of(row("PZ-2026-0001", "OK", ""))));
    assertThatNoException().isThrownBy(() -> contract.check("reviewVouchers", rows, Set.of()));

    Map<String, Object> jsonText = Map.of("conclusion", Choices.rows(List.of(row("PZ-2026-0001", "OK", ""))));
    Map<String, Object> javaList = Map.of("findings", Variables.serializedObjectValue("[]")
        .serializationDataFormat("application/json").objectTypeName("java.util.ArrayList").create());
    for (Map<String, Object> refused : List.of(jsonText, javaList)) {
      String formId = refused.containsKey("conclusion") ? "draftAuditReport" : "reviewVouchers";
      InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
          () -> contract.check(formId, refused, Set.of()));
      assertThat(thrown.errors()).extracting(FieldError::message).as(formId).containsExactly(FormContract.WRONG_TYPE);
    }
  }

  private static Map<String, Object> row(String voucherNo, String result, String note) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("voucherNo", voucherNo);
    row.put("result", result);
    row.put("note", note);
    return row;
  }

  @SafeVarargs
  private void submit(Map<String, Object>... rows) {
    // what the engine hands a listener for a Json variable: the parsed node
    variables.put("findings", Choices.rows(List.of(rows)).getValue());
  }

  private void validate() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    validator.validate("reviewVouchers", "union-ps1", scope);
  }

  private Map<String, String> refusals() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, this::validate);
    assertThat(refused).isNotNull();
    Map<String, String> byField = new HashMap<>();
    refused.errors().forEach(error -> byField.put(error.field(), error.message()));
    return byField;
  }
}
