package org.unionflow.aid;

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

/** Every rule of {@code aidApprovalRouting} (processes/aid-approval-routing.dmn), evaluated on its own. */
class AidApprovalRoutingTableTests {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = AidApprovalRoutingTableTests.class
        .getResourceAsStream("/processes/aid-approval-routing.dmn")) {
      decision = dmn.parseDecision(AidProcess.APPROVAL_ROUTING, table);
    }
  }

  @ParameterizedTest(name = "{0} yuan: higher level {1}")
  @CsvSource({
      "0.01,    false, 5000",
      "5000.00, false, 5000",
      "5000.01, true,  5000",
      "20000,   true,  5000"})
  void aboveFiveThousandTheHigherLevelApprovesToo(double amount, boolean higherLevel, String reasonMentions) {
    DmnDecisionResultEntries result = dmn.evaluateDecision(decision,
        Variables.createVariables().putValue(AidProcess.APPROVED_AMOUNT, amount)).getSingleResult();

    assertThat(result.<Boolean>getEntry(AidProcess.HIGHER_LEVEL_NEEDED)).isEqualTo(higherLevel);
    assertThat(result.<String>getEntry(AidProcess.APPROVAL_ROUTE_REASON)).contains(reasonMentions).contains(" / ");
  }
}
