package org.unionflow.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of {@code expenseRouting} (processes/expense-routing.dmn), evaluated on its own. */
class ExpenseRoutingTableTests {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = ExpenseRoutingTableTests.class.getResourceAsStream("/processes/expense-routing.dmn")) {
      decision = dmn.parseDecision(ExpenseProcess.DECISION, table);
    }
  }

  @ParameterizedTest(name = "{0}, {1} yuan: {2}")
  @CsvSource({
      // other expenses: the committee above 500
      "OTHER,          500.01,  COMMITTEE, 500",
      "OTHER,          500.00,  CHAIR,     2000",
      // every category: the chair up to 2,000, the committee above
      "CULTURE_SPORTS, 0.01,    CHAIR,     2000",
      "EDUCATION,      2000.00, CHAIR,     2000",
      "EDUCATION,      2000.01, COMMITTEE, 2000",
      "ADMINISTRATION, 80000,   COMMITTEE, 2000"})
  void eachRuleNamesWhoApprovesAndWhy(String category, double amount, String route, String reasonMentions) {
    DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("category", category).putValue(ExpenseProcess.AMOUNT_VALUE, amount)).getSingleResult();

    assertThat(result.<String>getEntry(ExpenseProcess.ROUTE)).isEqualTo(route);
    assertThat(result.<String>getEntry(ExpenseProcess.ROUTE_REASON)).contains(reasonMentions).contains(" / ");
  }
}
