package org.unionflow.platform.web;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unionflow.platform.forms.FieldErrors;

/** The fields a list may be sorted by; anything else a client asks for is refused, not passed to the database. */
public record SortableBy(Set<String> fields) {

  private static final String UNION_ID = "unionId";

  public static SortableBy of(String... fields) {
    return new SortableBy(Set.of(fields));
  }

  /**
   * The page as asked, refused if it sorts by a field not listed. Every list is of one union, so the sort starts
   * with the union: that changes no order, but lets the database read a (union_id, field) index in order and
   * stop after one page instead of sorting the whole union's rows (measured in docs/BENCHMARKS.md).
   */
  public Pageable check(Pageable pageable) {
    for (Sort.Order order : pageable.getSort()) {
      if (!fields.contains(order.getProperty())) {
        throw FieldErrors.single("sort", "cannot sort by " + order.getProperty() + "; use one of " + fields);
      }
    }
    if (pageable.isUnpaged() || pageable.getSort().isUnsorted()) {
      return pageable;
    }
    Sort.Direction direction = pageable.getSort().iterator().next().getDirection();
    return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
        Sort.by(direction, UNION_ID).and(pageable.getSort()));
  }
}
