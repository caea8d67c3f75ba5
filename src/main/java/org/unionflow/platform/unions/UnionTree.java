package org.unionflow.platform.unions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The union hierarchy as the table {@code uf_union} holds it. A union the table does not know (a tenant of an
 * installation from before the tree) counts as a base union standing alone, named by its id.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnionTree {

  private static final RowMapper<Union> ROW = (rs, i) -> new Union(rs.getString("id"), rs.getString("name"),
      rs.getString("parent_id"), UnionKind.valueOf(rs.getString("kind")));

  private final JdbcTemplate jdbc;
  /**
   * A union in the table never changes ({@link #add} refuses to), so one read is kept for good; one not found is
   * asked for again, since another node may add it.
   */
  private final Map<String, Union> known = new ConcurrentHashMap<>();

  public Optional<Union> find(String unionId) {
    Union union = known.get(unionId);
    if (union != null) {
      return Optional.of(union);
    }
    Optional<Union> found = jdbc.query("select id, name, parent_id, kind from uf_union where id = ?", ROW, unionId)
        .stream().findFirst();
    found.ifPresent(row -> known.put(row.id(), row));
    return found;
  }

  public Optional<String> parentOf(String unionId) {
    return find(unionId).map(Union::parentId);
  }

  public String nameOf(String unionId) {
    return find(unionId).map(Union::name).orElse(unionId);
  }

  public boolean isBase(String unionId) {
    return find(unionId).map(Union::isBase).orElse(true);
  }

  /** Every base union at any depth below, ordered by id; the union itself if it is a base union. */
  public List<String> baseUnionsUnder(String unionId) {
    if (isBase(unionId)) {
      return List.of(unionId);
    }
    return jdbc.queryForList("""
        with recursive below (id, kind) as (
          select id, kind from uf_union where parent_id = ?
          union all
          select u.id, u.kind from uf_union u join below b on u.parent_id = b.id)
        select id from below where kind = 'BASE' order by id""", String.class, unionId);
  }

  /** The unions directly under this one, ordered by id. */
  public List<Union> childrenOf(String unionId) {
    return jdbc.query("select id, name, parent_id, kind from uf_union where parent_id = ? order by id", ROW,
        unionId);
  }

  /** The unions above this one, nearest first. */
  public List<String> ancestorsOf(String unionId) {
    List<String> ancestors = new ArrayList<>();
    for (Optional<String> parent = parentOf(unionId); parent.isPresent(); parent = parentOf(parent.get())) {
      ancestors.add(parent.get());
    }
    return ancestors;
  }

  /**
   * Of a person's tenant memberships, the unions they act for: those not below another of their memberships.
   * The rest they read from above.
   */
  public List<String> actsFor(Collection<String> memberships) {
    return memberships.stream()
        .filter(union -> ancestorsOf(union).stream().noneMatch(memberships::contains)).toList();
  }

  /** Every union of the tree, ordered by id. */
  public List<Union> all() {
    return jdbc.query("select id, name, parent_id, kind from uf_union order by id", ROW);
  }

  /**
   * Adds the union, or leaves it as it is when the same union is there already.
   *
   * @throws UnionConflictException when the id is taken by a union of another name, parent or kind
   */
  public Union add(Union union) {
    Optional<Union> existing = find(union.id());
    if (existing.isPresent()) {
      if (!existing.get().equals(union)) {
        throw new UnionConflictException(existing.get(), union);
      }
      return existing.get();
    }
    if (union.parentId() != null && find(union.parentId()).filter(parent -> !parent.isBase()).isEmpty()) {
      throw new IllegalArgumentException("Parent " + union.parentId() + " is not a county or city union");
    }
    jdbc.update("insert into uf_union (id, name, parent_id, kind) values (?, ?, ?, ?)", union.id(), union.name(),
        union.parentId(), union.kind().name());
    return union;
  }
}
