package org.unionflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.fund.UnbookedEntries;

/** The sample is reproducible from its seed, and semester audits cover the half-year that is ending or ended. */
class AuditSamplingTests {

  private static final List<LedgerEntry> ENTRIES = IntStream.rangeClosed(1, 20).mapToObj(UnbookedEntries::numbered)
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

}
