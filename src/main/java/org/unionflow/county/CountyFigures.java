package org.unionflow.county;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionflow.platform.security.ReadPolicy;
import org.unionflow.platform.security.Register;
import org.unionflow.platform.security.UnionFlowUser;
import org.unionflow.platform.unions.Union;
import org.unionflow.platform.unions.UnionTree;
import org.unionflow.platform.web.NotFoundException;

/**
 * Whose figures a person reads: those who read the ledger (the figures add it up) read every base union below
 * their own union and the total, which for a base union's people is their union alone; nobody reads anything
 * beside or above. The rows behind a figure need the read policy's word for their register too. Every figure is
 * read fresh from the registers.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CountyFigures {

  /** The figures of a union's base unions for a period, each and in total, with the labels pages print. */
  record Report(String unionId, String name, int year, String period, String periodLabel, LocalDate from,
      LocalDate to, List<UnionFigures> unions, UnionFigures total, Map<Figure, String> labels,
      Map<Source, String> sources) {
  }

  private static final Map<Figure, String> LABELS = labels(Figure.values(), Figure::label);
  private static final Map<Source, String> SOURCES = labels(Source.values(), Source::label);

  private final UnionTree tree;
  private final ReadPolicy policy;
  private final FigureQueries queries;
  private final FigureRows rows;

  Report report(UnionFlowUser user, FiguresPeriod period) {
    String own = user.union();
    List<String> bases = readable(user, own);
    List<UnionFigures> unions = queries.of(bases, names(), period);
    return new Report(own, tree.nameOf(own), period.year(), period.code(), period.label(), period.from(),
        period.to(), unions, UnionFigures.total(unions), LABELS, SOURCES);
  }

  /** One base union's figures; a union the person may not read is not found, as rows of another union are. */
  UnionFigures union(UnionFlowUser user, String unionId, FiguresPeriod period) {
    check(user, unionId);
    return queries.of(List.of(unionId), names(), period).get(0);
  }

  /** The rows behind a figure, when the person may also read that register. */
  List<FigureRows.Row> rows(UnionFlowUser user, String unionId, Source source, FiguresPeriod period) {
    check(user, unionId);
    if (!policy.mayRead(user, source.register())) {
      throw new AccessDeniedException(source.register().label() + ": not readable by " + user.id());
    }
    return rows.of(unionId, source, period);
  }

  private void check(UnionFlowUser user, String unionId) {
    if (!readable(user, user.union()).contains(unionId)) {
      throw new NotFoundException("Union", unionId);
    }
  }

  private List<String> readable(UnionFlowUser user, String own) {
    if (!policy.mayRead(user, Register.LEDGER)) {
      throw new AccessDeniedException("Figures / 年度数据: not readable by " + user.id());
    }
    return tree.baseUnionsUnder(own);
  }

  private static <E extends Enum<E>> Map<E, String> labels(E[] values, Function<E, String> label) {
    Map<E, String> labels = new LinkedHashMap<>();
    Arrays.stream(values).forEach(value -> labels.put(value, label.apply(value)));
    return Collections.unmodifiableMap(labels);
  }

  private Map<String, String> names() {
    return tree.all().stream().collect(Collectors.toMap(Union::id, Union::name));
  }
}
