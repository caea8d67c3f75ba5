package org.unionflow.platform.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three doors, all locked: the domain API and actuator use HTTP Basic against the engine's users (reading the
 * approval trail also accepts the webapp login, for the Cockpit plugin),
 * /engine-rest uses the engine's own Basic filter, and the webapps keep their own login page.
 */
@Configuration
class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName("UnionFlow");
    return http
        .securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
        // the webapp session read for the trail is Cockpit's: renewing its id here would log Cockpit out
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // stateless Basic auth carries no cookie to forge
        .csrf(csrf -> csrf.disable())
        .build();
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
