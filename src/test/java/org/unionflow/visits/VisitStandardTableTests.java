package org.unionflow.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionflow.DecisionTable;

/** Every rule of {@code visitStandard} (processes/visit-standard.dmn), evaluated on its own. */
class VisitStandardTableTests {

  private static final DecisionTable TABLE = DecisionTable.parse("visit-standard.dmn", VisitProcess.DECISION);

  @ParameterizedTest(name = "{0} ({1} days in hospital): within {2} days, {3} yuan, led by {5}")
  @CsvSource({
      "HOSPITALISATION, 0,  3, 300,  Fruit basket / 果篮,             officers",
      "HOSPITALISATION, 9,  3, 300,  Fruit basket / 果篮,             officers",
      "HOSPITALISATION, 10, 3, 500,  Fruit basket / 果篮,             officers",
      "HOSPITALISATION, 29, 3, 500,  Fruit basket / 果篮,             officers",
      "HOSPITALISATION, 30, 3, 800,  Fruit basket / 果篮,             officers",
      "WEDDING,         0,  7, 200,  Wedding gift / 新婚贺礼,         officers",
      "FUNERAL,         0,  2, 1000, Wreath / 花圈,                   officers",
      "CHILDBIRTH,      0,  7, 300,  Nutrition gift / 营养礼品,       womens-committee",
      "RETIREMENT,      0,  14, 0,   Retirement souvenir / 退休纪念品, officers",
      "MAJOR_HARDSHIP,  0,  3, 1000, Daily necessities / 生活用品,    officers"})
  void eachEventGetsItsStandard(String eventType, int daysInHospital, int deadlineDays, int amount, String gift,
      String leadGroup) {
    DmnDecisionResultEntries standard = evaluate(eventType, daysInHospital);

    assertThat(standard.<Integer>getEntry("deadlineDays")).isEqualTo(deadlineDays);
    assertThat(standard.<Integer>getEntry("standardAmount")).isEqualTo(amount);
    assertThat(standard.<String>getEntry("gift")).isEqualTo(gift);
    assertThat(standard.<String>getEntry("leadGroup")).isEqualTo(leadGroup);
    assertThat(standard.<String>getEntry("mustAttend")).contains(" / ");
  }

  @Test
  void theChairAttendsEveryFuneral() {
    assertThat(evaluate("FUNERAL", 0).<String>getEntry("mustAttend")).startsWith("Chair");
  }

  @Test
  void everyEventTypeHasExactlyOneRule() {
    Map<String, Integer> deadlines = Arrays.stream(EventType.values()).collect(Collectors.toMap(Enum::name,
        type -> evaluate(type.name(), 0).<Integer>getEntry("deadlineDays")));

    assertThat(deadlines).hasSize(EventType.values().length).allSatisfy((type, days) -> assertThat(days).isPositive());
  }

  @Test
  void anUnknownEventMatchesNoRule() {
    assertThat(TABLE.evaluate(Map.of("eventType", "PARTY", "daysInHospital", 0)).getResultList()).isEmpty();
  }

  private static DmnDecisionResultEntries evaluate(String eventType, int daysInHospital) {
    return TABLE.evaluate(Map.of("eventType", eventType, "daysInHospital", daysInHospital)).getSingleResult();
  }
}
