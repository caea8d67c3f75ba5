package org.unionflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionflow.DecisionTable;

/** Every rule of {@code auditReportMajority} (processes/audit-report-majority.dmn), evaluated on its own. */
class AuditReportMajorityTableTests {

  private static final DecisionTable TABLE = DecisionTable.parse("audit-report-majority.dmn", AuditProcess.MAJORITY);

  @ParameterizedTest(name = "{0} for, {1} against: passes {2}")
  @CsvSource({
      // a simple majority of the votes cast
      "2, 1, true,  majority",
      "1, 0, true,  majority",
      "3, 2, true,  majority",
      // a tie or fewer for sends the report back to the draft
      "1, 1, false, draft",
      "0, 1, false, draft",
      "2, 3, false, draft"})
  void moreVotesForThanAgainstPassTheReport(int votesFor, int votesAgainst, boolean passed, String outcomeMentions) {
    DmnDecisionResultEntries result = TABLE.evaluate(Map.of(AuditProcess.VOTES_FOR, votesFor,
        AuditProcess.VOTES_AGAINST, votesAgainst)).getSingleResult();

    assertThat(result.<Boolean>getEntry(AuditProcess.REPORT_PASSED)).isEqualTo(passed);
    assertThat(result.<String>getEntry(AuditProcess.REPORT_OUTCOME)).contains(outcomeMentions).contains(" / ");
  }
}
