package org.unionflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionflow.platform.forms.FieldError;
import org.unionflow.platform.forms.InvalidInputException;

/** The audit forms' line grammars: what they accept, and each line they refuse with why. */
class AuditTextsTests {

  private static final List<String> SAMPLED = List.of("PZ-2026-0001", "PZ-2026-0002");

  @Test
  void theReviewTemplateMarksEverySampledVoucherOkAndParsesBack() {
    String template = AuditTexts.findingsTemplate(SAMPLED);

    assertThat(template).isEqualTo("PZ-2026-0001: OK\nPZ-2026-0002: OK");
    assertThat(AuditTexts.review(template, SAMPLED)).containsExactly(
        Map.entry("PZ-2026-0001", new AuditTexts.Result(false, null)),
        Map.entry("PZ-2026-0002", new AuditTexts.Result(false, null)));
  }

  @Test
  void anIssueKeepsItsText() {
    assertThat(AuditTexts.review("PZ-2026-0001: OK\n\n PZ-2026-0002 : ISSUE  no receipt ", SAMPLED))
        .containsEntry("PZ-2026-0002", new AuditTexts.Result(true, "no receipt"));
  }

  @Test
  void aReviewIsRefusedLineByLine() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> AuditTexts.review(
        "PZ-2026-0001: ISSUE\nPZ-2026-0001: OK\nPZ-2026-0009: OK\nlooks fine", SAMPLED));

    assertThat(refused.errors()).extracting(FieldError::field).containsOnly(AuditProcess.FINDINGS);
    assertThat(refused.errors()).extracting(FieldError::message).containsExactly(
        "PZ-2026-0001 的问题未写明 / the issue on PZ-2026-0001 has no text",
        "PZ-2026-0001 重复列出 / PZ-2026-0001 is listed twice",
        "PZ-2026-0009 不在抽样凭证中 / PZ-2026-0009 is not among the sampled vouchers",
        "「looks fine」应为「凭证号: OK」或「凭证号: ISSUE 问题」 / 'looks fine' is not 'voucher: OK' or 'voucher: ISSUE what"
            + " is wrong'",
        "PZ-2026-0002 未填审查结果 / no result for PZ-2026-0002");
  }

  @Test
  void responsesAndRechecksAreNumberedByFinding() {
    assertThat(AuditTexts.openFindingsTemplate(List.of(12L, 13L), "RESOLVED")).isEqualTo("#12: RESOLVED\n#13: RESOLVED");
    assertThat(AuditTexts.responses("#12: receipt filed\n #13 :")).containsEntry(12L, "receipt filed")
        .containsEntry(13L, "");
    assertThat(AuditTexts.rechecks("#12: RESOLVED\n#13: OPEN still no receipt")).containsEntry(12L,
        new AuditTexts.Recheck(true, "")).containsEntry(13L, new AuditTexts.Recheck(false, "still no receipt"));

    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> AuditTexts.rechecks("12: RESOLVED"));
    assertThat(refused.errors()).extracting(FieldError::field).containsExactly(AuditProcess.RECHECK);
  }
}
