package org.unionflow.county;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.unionflow.platform.Money;

/**
 * The year's figures of one base union, or the total of several ({@code unionId} null). Counts have no decimals,
 * money two; the rates are worked out from the counts, so a total's rate is that of the summed counts.
 */
record UnionFigures(String unionId, String name, Map<Figure, BigDecimal> figures, List<Tally> visits,
    List<Tally> aid, List<Tally> budget, BigDecimal handlingRate, BigDecimal satisfactionRate,
    BigDecimal executionRate) {

  static final String TOTAL = "合计 / Total";

  static UnionFigures of(String unionId, String name, Map<Figure, BigDecimal> figures, List<Tally> visits,
      List<Tally> aid, List<Tally> budget) {
    Map<Figure, BigDecimal> all = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      all.put(figure, figures.getOrDefault(figure, figure.money() ? Money.ZERO : BigDecimal.ZERO));
    }
    return new UnionFigures(unionId, name, all, List.copyOf(visits), List.copyOf(aid), List.copyOf(budget),
        Rates.of(all.get(Figure.MOTIONS_ANSWERED), all.get(Figure.MOTIONS_ACCEPTED)),
        Rates.of(all.get(Figure.MOTIONS_SATISFIED), all.get(Figure.MOTIONS_WITH_FEEDBACK)),
        Rates.of(all.get(Figure.SPENT), all.get(Figure.BUDGET)));
  }

  static UnionFigures total(Collection<UnionFigures> unions) {
    Map<Figure, BigDecimal> sums = new EnumMap<>(Figure.class);
    unions.forEach(union -> union.figures.forEach((figure, value) -> sums.merge(figure, value, BigDecimal::add)));
    return of(null, TOTAL, sums, merged(unions, UnionFigures::visits), merged(unions, UnionFigures::aid),
        merged(unions, UnionFigures::budget));
  }

  BigDecimal get(Figure figure) {
    return figures.get(figure);
  }

  private static List<Tally> merged(Collection<UnionFigures> unions, Function<UnionFigures, List<Tally>> part) {
    Map<String, Tally> byKey = new LinkedHashMap<>();
    unions.forEach(union -> part.apply(union).forEach(tally -> byKey.merge(tally.key(), tally, Tally::plus)));
    return byKey.values().stream().sorted(Tally.ORDER).toList();
  }
}
