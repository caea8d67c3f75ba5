package org.unionflow.platform.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives controllers the authenticated {@link UnionFlowUser} of the current request. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentUser {

  private final ReadPolicy policy;

  public UnionFlowUser get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof UnionFlowUser user)) {
      throw new AuthenticationCredentialsNotFoundException("Not logged in");
    }
    return user;
  }

  /** The union whose rows of the register the user reads, as the read policy says; 403 if they may not. */
  public String unionOf(Register register) {
    return policy.unionOf(get(), register);
  }
}
