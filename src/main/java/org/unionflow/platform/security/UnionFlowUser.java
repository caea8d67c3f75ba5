package org.unionflow.platform.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.unionflow.platform.unions.UnionTree;

/**
 * The logged-in person: Camunda user id, groups, the unions they act for (their own tenants) and the base unions
 * below those that they only read (people of a county or city union).
 */
public record UnionFlowUser(String id, List<String> groups, List<String> unions, List<String> reads) {

  public UnionFlowUser(String id, List<String> groups, List<String> unions) {
    this(id, groups, unions, List.of());
  }

  /** The person with their tenant memberships sorted by the tree into unions acted for and unions read. */
  public static UnionFlowUser of(String id, List<String> groups, List<String> memberships, UnionTree tree) {
    List<String> acts = tree.actsFor(memberships);
    return new UnionFlowUser(id, groups, acts, memberships.stream().filter(union -> !acts.contains(union)).toList());
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  /** Acts for the union: their own, not one they read from above. */
  public boolean belongsTo(String unionId) {
    return unions.contains(unionId);
  }

  /** Reads the union's cases and registers: their own or one below. */
  public boolean reads(String unionId) {
    return unions.contains(unionId) || reads.contains(unionId);
  }

  /** The union this user acts for; people of several unions must name one. */
  public String union() {
    if (unions.size() != 1) {
      throw new AccessDeniedException("User " + id + " belongs to " + unions.size() + " unions; name one");
    }
    return unions.get(0);
  }
}
