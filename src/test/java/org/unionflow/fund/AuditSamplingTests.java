package org.unionflow.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sample is reproducible from its seed, and semester audits cover the half-year that is ending or ended. */
class AuditSamplingTests {

  private static final List<LedgerEntry> ENTRIES = IntStream.rangeClosed(1, 20).mapToObj(AuditSamplingTests::entry)
      .toList();

  @Test
  void theSameSeedDrawsTheSameVouchersWhateverTheOrderOfTheLedger() {
    List<LedgerEntry> reversed = new ArrayList<>(ENTRIES);
    Collections.reverse(reversed);

    assertThat(AuditService.draw(ENTRIES, 5, 42L)).hasSize(5).isEqualTo(AuditService.draw(reversed, 5, 42L));
    assertThat(AuditService.draw(ENTRIES, 5, 42L)).isNotEqualTo(AuditService.draw(ENTRIES, 5, 43L));
    assertThat(AuditService.draw(ENTRIES.subList(0, 3), 5, 42L)).hasSize(3);
  }

  @Test
  void theJuneAuditCoversTheFirstHalfAndTheJanuaryAuditTheSecondHalfOfTheYearBefore() {
    assertThat(AuditService.semester(LocalDate.of(2026, 6, 25))).isEqualTo(
        new AuditService.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), AuditProcess.FIRST_HALF));
    assertThat(AuditService.semester(LocalDate.of(2027, 1, 25))).isEqualTo(
        new AuditService.Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), AuditProcess.SECOND_HALF));
  }

  private static LedgerEntry entry(int i) {
    BudgetLine line = new BudgetLine("union-x", 2026, BudgetCategory.OTHER, "Other / 其他", new BigDecimal("9999.00"));
    return new LedgerEntry(line, new Payment("union-x", BudgetCategory.OTHER, LocalDate.of(2026, 3, 1),
        new BigDecimal("10.00"), "item " + i, null, null, "t"), String.format("PZ-2026-%04d", i), null);
  }
}
