package org.unionflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Semester audits cover the half-year that is ending or ended; only an exact half-year is named. */
class AuditPeriodTests {

  @Test
  void theJuneAuditCoversTheFirstHalfAndTheJanuaryAuditTheSecondHalfOfTheYearBefore() {
    assertThat(AuditPeriod.semester(LocalDate.of(2026, 6, 25))).isEqualTo(
        new AuditPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), AuditProcess.FIRST_HALF));
    assertThat(AuditPeriod.semester(LocalDate.of(2027, 1, 25))).isEqualTo(
        new AuditPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), AuditProcess.SECOND_HALF));
  }

  @Test
  void anExactHalfYearIsKeyedByItsHalfAnyOtherPeriodIsNot() {
    AuditPeriod second = AuditPeriod.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
    assertThat(second.isHalfYear()).isTrue();
    assertThat(second.semesterKey()).isEqualTo("AUD-2026-H2");
    assertThat(AuditPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).half())
        .isEqualTo(AuditProcess.FIRST_HALF);
    assertThat(AuditPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 29)).isHalfYear()).isFalse();
    assertThat(AuditPeriod.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31)).isHalfYear()).isFalse();
  }
}
