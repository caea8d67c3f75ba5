package org.unionflow.county;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionflow.platform.forms.FieldError;
import org.unionflow.platform.forms.InvalidInputException;

/**
 * A stretch of one year the figures cover: the whole year, a half (上半年 / 下半年) or a run of months
 * ({@code 03-05}). Dates are union days (Asia/Shanghai); a moment counts on the day it falls in that zone.
 */
record FiguresPeriod(int year, String code, LocalDate from, LocalDate to) {

  static final String YEAR = "year";
  private static final Pattern MONTHS = Pattern.compile("(\\d{2})-(\\d{2})");

  static FiguresPeriod of(int year, String period) {
    if (year < 2000 || year > 2100) {
      throw invalid("year", "Year 2000–2100 / 年份须在2000–2100之间");
    }
    String code = period == null || period.isBlank() ? YEAR : period;
    LocalDate first = LocalDate.of(year, 1, 1);
    if (code.equals(YEAR)) {
      return new FiguresPeriod(year, code, first, first.withMonth(12).withDayOfMonth(31));
    }
    if (code.equals("h1")) {
      return new FiguresPeriod(year, code, first, first.withMonth(6).withDayOfMonth(30));
    }
    if (code.equals("h2")) {
      return new FiguresPeriod(year, code, first.withMonth(7), first.withMonth(12).withDayOfMonth(31));
    }
    Matcher months = MONTHS.matcher(code);
    if (months.matches()) {
      int start = Integer.parseInt(months.group(1));
      int end = Integer.parseInt(months.group(2));
      if (start >= 1 && start <= end && end <= 12) {
        LocalDate last = first.withMonth(end);
        return new FiguresPeriod(year, code, first.withMonth(start), last.withDayOfMonth(last.lengthOfMonth()));
      }
    }
    throw invalid("period", "Whole year, h1, h2 or months like 03-05 / 全年、上半年、下半年或月份区间（如 03-05）");
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  /** How the report names it: 2026年, 2026年上半年, 2026年3月至5月. */
  String label() {
    return switch (code) {
      case YEAR -> year + "年";
      case "h1" -> year + "年上半年";
      case "h2" -> year + "年下半年";
      default -> year + "年" + from.getMonthValue() + "月至" + to.getMonthValue() + "月";
    };
  }

  OffsetDateTime start(ZoneId zone) {
    return from.atStartOfDay(zone).toOffsetDateTime();
  }

  /** The first moment after the period. */
  OffsetDateTime end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }
}
