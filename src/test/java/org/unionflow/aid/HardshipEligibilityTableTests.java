package org.unionflow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionflow.DecisionTable;

/** Every rule of {@code hardshipEligibility} (processes/hardship-eligibility.dmn), evaluated on its own. */
class HardshipEligibilityTableTests {

  private static final double THRESHOLD = 1500.00;

  private static final DecisionTable TABLE = DecisionTable.parse("hardship-eligibility.dmn", AidProcess.DECISION);

  @ParameterizedTest(name = "{0}, {1} people, {2} yuan a head, {3} yuan medical costs: eligible {4}, {5}")
  @CsvSource({
      // serious illness with high costs, even with income up to twice the threshold
      "SERIOUS_ILLNESS,      3, 2900.00, 60000.00, true,  EXTREME, 5000, 10000",
      // serious illness with low costs is judged on income alone
      "SERIOUS_ILLNESS,      3, 2900.00, 10000.00, false, ,        0,    0",
      "ACCIDENT_OR_DISASTER, 2, 2800.00, 0,        true,  GENERAL, 3000, 8000",
      // even an accident does not help far above the threshold
      "ACCIDENT_OR_DISASTER, 2, 3100.00, 0,        false, ,        0,    0",
      "LOW_INCOME,           3, 1600.00, 0,        false, ,        0,    0",
      "LOW_INCOME,           3, 750.00,  0,        true,  EXTREME, 4000, 8000",
      "CHILDREN_SCHOOLING,   3, 1200.00, 0,        true,  GENERAL, 2000, 3000",
      "SINGLE_PARENT,        4, 1200.00, 0,        true,  GENERAL, 2500, 5000",
      "DISABILITY,           2, 1500.00, 0,        true,  GENERAL, 2000, 4000"})
  void eachRuleDecidesEligibilityLevelAndAmounts(String category, int household, double incomePerHead,
      double medicalCosts, boolean eligible, String level, int suggested, int maximum) {
    DmnDecisionResultEntries result = TABLE.evaluate(Map.of("category", category, "householdSize", household,
        "incomePerHead", incomePerHead, "incomeThreshold", THRESHOLD, "medicalCosts", medicalCosts)).getFirstResult();

    assertThat(result.<Boolean>getEntry("eligible")).isEqualTo(eligible);
    assertThat(result.get("level")).as("level, left out when not eligible").isEqualTo(level);
    assertThat(result.<Integer>getEntry("suggestedAmount")).isEqualTo(suggested);
    assertThat(result.<Integer>getEntry("maxAmount")).isEqualTo(maximum);
    assertThat(result.<String>getEntry("eligibilityReason")).contains(" / ");
  }
}
