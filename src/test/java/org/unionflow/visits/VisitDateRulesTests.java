package org.unionflow.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.unionflow.visits.VisitProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.unionflow.platform.forms.FieldErrors;
import org.unionflow.platform.forms.FormInputCheck;
import org.unionflow.platform.forms.Submitted;

/**
 * The visit's date rules count the union's days: at 17:30 UTC on 1 December it is 2 December in Beijing, so a
 * visit made that day is not "in the future", and planning it for 1 December is planning it in the past.
 */
class VisitDateRulesTests {

  private final VisitFormChecks checks = new VisitFormChecks(
      Clock.fixed(Instant.parse("2026-12-01T17:30:00Z"), ZoneId.of("Asia/Shanghai")));

  @Test
  void aVisitMadeTodayInTheUnionIsNotInTheFuture() {
    assertThat(refused(checks.recordVisitCheck(), record("2026-12-02")).has(VISIT_DATE)).isFalse();
    assertThat(refused(checks.recordVisitCheck(), record("2026-12-03")).has(VISIT_DATE)).isTrue();
  }

  @Test
  void planningForTheServersDateIsPlanningInTheUnionsPast() {
    assertThat(refused(checks.planVisitCheck(), Map.of(PLANNED_DATE, "2026-12-01")).has(PLANNED_DATE)).isTrue();
    assertThat(refused(checks.planVisitCheck(), Map.of(PLANNED_DATE, "2026-12-02")).has(PLANNED_DATE)).isFalse();
  }

  private static Map<String, Object> record(String visitDate) {
    Map<String, Object> values = new HashMap<>();
    values.put(VISIT_DATE, visitDate);
    values.put(EVENT_DATE, "2026-11-30");
    values.put(STANDARD_AMOUNT, 500);
    values.put(MONEY_HANDED_OVER, 300.0);
    values.put(HARDSHIP_FOUND, false);
    return values;
  }

  private static FieldErrors refused(FormInputCheck check, Map<String, Object> values) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
    FieldErrors errors = new FieldErrors();
    check.rules().check("union-ps1", new Submitted(scope), errors);
    return errors;
  }
}
