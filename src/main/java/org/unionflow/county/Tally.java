package org.unionflow.county;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.unionflow.aid.AidCategory;
import org.unionflow.aid.HardshipLevel;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.visits.EventType;

/**
 * A figure broken down: visits by event type, aid by category and level, budget lines by category. {@code count}
 * is cases (or members aided), {@code amount} the money; {@code budget} only for budget lines.
 */
record Tally(String code, String level, String label, long count, BigDecimal amount, BigDecimal budget) {

  // the features' own order of their codes (event types, aid categories, budget categories, levels)
  private static final List<String> CODES = Stream.of(EventType.values(), AidCategory.values(),
      BudgetCategory.values(), HardshipLevel.values()).flatMap(Stream::of).map(Enum::name).toList();

  static final Comparator<Tally> ORDER = Comparator.comparingInt((Tally tally) -> CODES.indexOf(tally.code))
      .thenComparingInt(tally -> tally.level == null ? -1 : CODES.indexOf(tally.level));

  String key() {
    return level == null ? code : code + "/" + level;
  }

  Tally plus(Tally other) {
    return new Tally(code, level, label, count + other.count, amount.add(other.amount),
        budget == null ? null : budget.add(other.budget));
  }

  /** Budget execution: spent over budget, a fraction with four places; null without a budget. */
  BigDecimal rate() {
    return budget == null ? null : Rates.of(amount, budget);
  }
}
