package org.unionflow.platform.web;

import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unionflow.platform.forms.FieldErrors;

/** The fields a list may be sorted by; anything else a client asks for is refused, not passed to the database. */
public record SortableBy(Set<String> fields) {

  public static SortableBy of(String... fields) {
    return new SortableBy(Set.of(fields));
  }

  public Pageable check(Pageable pageable) {
    for (Sort.Order order : pageable.getSort()) {
      if (!fields.contains(order.getProperty())) {
        throw FieldErrors.single("sort", "cannot sort by " + order.getProperty() + "; use one of " + fields);
      }
    }
    return pageable;
  }
}
