package org.unionflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionflow.platform.unions.UnionTree;

/**
 * Lets the register pages and the Cockpit plugin call the domain API with the user's webapp login (Tasklist,
 * Cockpit), so nobody logs in twice. A request that brings its own Authorization header is left to HTTP Basic.
 * Changes made on the strength of the session cookie need the session's CSRF token (see {@link SecurityConfig}),
 * so another site cannot forge them.
 */
@RequiredArgsConstructor
class WebappSessionAuthentication extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final UnionTree tree;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null
          && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication webappUser) {
        UnionFlowUser user = UnionFlowUser.of(webappUser.getName(), webappUser.getGroupIds(),
            webappUser.getTenantIds(), tree);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
            null, user.groups().stream().map(SimpleGrantedAuthority::new).toList()));
      }
    }
    chain.doFilter(request, response);
  }
}
