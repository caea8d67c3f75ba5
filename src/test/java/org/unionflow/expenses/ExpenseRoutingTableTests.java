package org.unionflow.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionflow.DecisionTable;

/** Every rule of {@code expenseRouting} (processes/expense-routing.dmn), evaluated on its own. */
class ExpenseRoutingTableTests {

  private static final DecisionTable TABLE = DecisionTable.parse("expense-routing.dmn", ExpenseProcess.DECISION);

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
    DmnDecisionResultEntries result = TABLE.evaluate(Map.of("category", category, ExpenseProcess.AMOUNT_VALUE, amount))
        .getSingleResult();

    assertThat(result.<String>getEntry(ExpenseProcess.ROUTE)).isEqualTo(route);
    assertThat(result.<String>getEntry(ExpenseProcess.ROUTE_REASON)).contains(reasonMentions).contains(" / ");
  }
}
