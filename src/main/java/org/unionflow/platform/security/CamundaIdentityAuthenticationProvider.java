package org.unionflow.platform.security;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.unionflow.platform.unions.UnionTree;

/** Checks domain-REST logins against the engine's users, so one account serves Tasklist and the API. */
@Component
@RequiredArgsConstructor
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  private final UnionTree tree;

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (password == null || !identityService.checkPassword(userId, password.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList();
    List<String> unions = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    UnionFlowUser user = UnionFlowUser.of(userId, groups, unions, tree);
    return UsernamePasswordAuthenticationToken.authenticated(user, null,
        groups.stream().map(SimpleGrantedAuthority::new).toList());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
