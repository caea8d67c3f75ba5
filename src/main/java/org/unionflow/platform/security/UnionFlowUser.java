package org.unionflow.platform.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The logged-in person: Camunda user id, groups, and the base unions (tenants) they belong to. */
public record UnionFlowUser(String id, List<String> groups, List<String> unions) {

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  public boolean belongsTo(String unionId) {
    return unions.contains(unionId);
  }

  /** The union this user acts for; people of several unions must name one. */
  public String union() {
    if (unions.size() != 1) {
      throw new AccessDeniedException("User " + id + " belongs to " + unions.size() + " unions; name one");
    }
    return unions.get(0);
  }
}
