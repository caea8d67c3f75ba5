package org.unionflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.unionflow.platform.unions.UnionTree;

/**
 * Three doors, all locked: the domain API and actuator use HTTP Basic against the engine's users or the webapp
 * login (for the register pages and the Cockpit plugin; its changes need the session's CSRF token),
 * /engine-rest uses the engine's own Basic filter, and the webapps keep their own login page.
 */
@Configuration
class SecurityConfig {

  static final String REQUESTED_WITH = "X-Requested-With";
  static final String PAGE_CALL = "XMLHttpRequest";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, UnionTree tree) throws Exception {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("UnionFlow");
    // the pages' own calls get a plain 401 (they send the user to the login), not the browser's password box
    AuthenticationEntryPoint entryPoint = (request, response, error) -> {
      if (PAGE_CALL.equals(request.getHeader(REQUESTED_WITH))) {
        response.sendError(HttpStatus.UNAUTHORIZED.value());
      } else {
        basic.commence(request, response, error);
      }
    };
    return http
        .securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().authenticated())
        .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(entryPoint))
        .addFilterBefore(new WebappSessionAuthentication(tree), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
        // the webapp session is Tasklist's and Cockpit's: renewing its id here would log them out
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // Basic auth carries no cookie to forge; a change riding on the webapp session cookie needs its token
        // the token lives as long as the webapp session (every request here counts as a fresh login, which
        // would otherwise renew it each time); the webapp's login itself starts a new session, hence a new token
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::ridesOnSession)
            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        .build();
  }

  /** A change (not GET, HEAD, OPTIONS) that brings no credentials of its own but a session cookie. */
  static boolean ridesOnSession(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && request.getRequestedSessionId() != null;
  }

  /** Webapps and /engine-rest authenticate themselves (below and in the Camunda webapp); Spring stays out of the way. */
  @Bean
  @Order(2)
  SecurityFilterChain engineSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .build();
  }

  /** Writes from another site are refused before anyone is authenticated (see {@link SameOriginWrites}). */
  @Bean
  FilterRegistrationBean<SameOriginWrites> sameOriginWrites() {
    FilterRegistrationBean<SameOriginWrites> registration = new FilterRegistrationBean<>(new SameOriginWrites());
    registration.setName("same-origin-writes");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The engine REST API is open by default; this makes it answer 401 without credentials. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
