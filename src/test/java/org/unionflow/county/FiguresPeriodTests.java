package org.unionflow.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionflow.platform.forms.InvalidInputException;

class FiguresPeriodTests {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(textBlock = """
      2026, ,      2026-01-01, 2026-12-31, 2026年
      2026, year,  2026-01-01, 2026-12-31, 2026年
      2026, h1,    2026-01-01, 2026-06-30, 2026年上半年
      2026, h2,    2026-07-01, 2026-12-31, 2026年下半年
      2028, 02-02, 2028-02-01, 2028-02-29, 2028年2月至2月
      2026, 03-05, 2026-03-01, 2026-05-31, 2026年3月至5月
      """)
  void periodsCoverTheirUnionDays(int year, String code, LocalDate from, LocalDate to, String label) {
    FiguresPeriod period = FiguresPeriod.of(year, code);

    assertThat(period.from()).isEqualTo(from);
    assertThat(period.to()).isEqualTo(to);
    assertThat(period.label()).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(textBlock = """
      2026, 05-03, period
      2026, 00-02, period
      2026, 11-13, period
      2026, q1,    period
      1999, year,  year
      """)
  void anythingElseIsRefusedAtItsField(int year, String code, String field) {
    assertThatThrownBy(() -> FiguresPeriod.of(year, code)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(field)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      2026-06-30T23:59:59+08:00, h1
      2026-06-30T16:00:00Z,      h2
      """)
  void aMomentCountsOnTheUnionDayItFallsOn(java.time.OffsetDateTime moment, String half) {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    FiguresPeriod period = FiguresPeriod.of(2026, half);

    assertThat(!moment.isBefore(period.start(shanghai)) && moment.isBefore(period.end(shanghai))).isTrue();
  }
}
