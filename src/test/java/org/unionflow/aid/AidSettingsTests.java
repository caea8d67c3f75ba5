package org.unionflow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

/** The local rules bind from configuration, and the notice period skips weekends and holidays. */
class AidSettingsTests {

  private static final LocalDate MONDAY = LocalDate.of(2026, 9, 28);

  @Test
  void settingsBindWithDefaultsAndHolidays() {
    Map<String, String> configured = Map.of("unionflow.aid.holidays[0]", "2026-10-01",
        "unionflow.aid.notice-working-days", "7");
    Binder binder = new Binder(List.of(new MapConfigurationPropertySource(configured)), null,
        ApplicationConversionService.getSharedInstance());

    AidSettings settings = binder.bindOrCreate("unionflow.aid", AidSettings.class);

    assertThat(settings.incomeThreshold()).isEqualByComparingTo("1500.00");
    assertThat(settings.noticeWorkingDays()).isEqualTo(7);
    assertThat(settings.followUpDays()).isEqualTo(30);
    assertThat(settings.holidays()).containsExactly(LocalDate.of(2026, 10, 1));
  }

  @Test
  void fiveWorkingDaysSkipTheWeekend() {
    assertThat(WorkingDays.lastOf(MONDAY, 5, Set.of())).isEqualTo(MONDAY.plusDays(7));
    LocalDate friday = MONDAY.plusDays(4);
    assertThat(WorkingDays.lastOf(friday, 5, Set.of())).isEqualTo(friday.plusDays(7));
    LocalDate saturday = MONDAY.plusDays(5);
    assertThat(WorkingDays.lastOf(saturday, 5, Set.of())).isEqualTo(saturday.plusDays(6));
  }

  @Test
  void holidaysDoNotCount() {
    Set<LocalDate> nationalDay = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));

    assertThat(WorkingDays.lastOf(MONDAY, 5, nationalDay)).isEqualTo(LocalDate.of(2026, 10, 7));
  }
}
