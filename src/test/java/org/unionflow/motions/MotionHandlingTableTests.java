package org.unionflow.motions;

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
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code motionHandling} table (processes/motion-handling.dmn), evaluated on its own. */
class MotionHandlingTableTests {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = MotionHandlingTableTests.class.getResourceAsStream("/processes/motion-handling.dmn")) {
      decision = dmn.parseDecision(MotionProcess.HANDLING_PERIODS, table);
    }
  }

  @ParameterizedTest(name = "{0}: reply within 30 days, reminder 5 days before, feedback within 10 days")
  @EnumSource(MotionCategory.class)
  void everyCategoryGetsTheSpecPeriods(MotionCategory category) {
    DmnDecisionResultEntries periods = dmn.evaluateDecision(decision,
        Variables.createVariables().putValue(MotionProcess.CATEGORY, category.name())).getSingleResult();

    assertThat(periods.<Integer>getEntry(MotionProcess.DEADLINE_DAYS)).isEqualTo(30);
    assertThat(periods.<Integer>getEntry(MotionProcess.REMINDER_DAYS_BEFORE)).isEqualTo(5);
    assertThat(periods.<Integer>getEntry(MotionProcess.FEEDBACK_DAYS)).isEqualTo(10);
  }
}
