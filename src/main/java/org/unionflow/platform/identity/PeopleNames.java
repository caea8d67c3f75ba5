package org.unionflow.platform.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People's names for the user ids a screen would otherwise show, read in one query. */
@Component
@RequiredArgsConstructor
public class PeopleNames {

  private final IdentityService identity;

  /** The person's name, or the user id where there is no account. */
  public String of(String userId) {
    return of(List.of(userId)).getOrDefault(userId, userId);
  }

  /** The names of the people with these user ids; an id without an account is left out. */
  public Map<String, String> of(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, PersonName::of, (a, b) -> a, LinkedHashMap::new));
  }
}
