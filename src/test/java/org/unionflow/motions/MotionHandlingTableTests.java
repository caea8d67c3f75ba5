package org.unionflow.motions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionflow.DecisionTable;

/** The {@code motionHandling} table (processes/motion-handling.dmn), evaluated on its own. */
class MotionHandlingTableTests {

  private static final DecisionTable TABLE = DecisionTable.parse("motion-handling.dmn", MotionProcess.HANDLING_PERIODS);

  @ParameterizedTest(name = "{0}: reply within 30 days, reminder 5 days before, feedback within 10 days")
  @EnumSource(MotionCategory.class)
  void everyCategoryGetsTheSpecPeriods(MotionCategory category) {
    DmnDecisionResultEntries periods = TABLE.evaluate(Map.of(MotionProcess.CATEGORY, category.name()))
        .getSingleResult();

    assertThat(periods.<Integer>getEntry(MotionProcess.DEADLINE_DAYS)).isEqualTo(30);
    assertThat(periods.<Integer>getEntry(MotionProcess.REMINDER_DAYS_BEFORE)).isEqualTo(5);
    assertThat(periods.<Integer>getEntry(MotionProcess.FEEDBACK_DAYS)).isEqualTo(10);
  }
}
