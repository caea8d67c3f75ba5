package org.unionflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** The address a request comes from, for the engine's password check, which has no request of its own. */
class ClientAddress extends OncePerRequestFilter {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  /** The current request's client address, or "engine" outside a request (tests, jobs). */
  static String current() {
    String address = CURRENT.get();
    return address == null ? "engine" : address;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CURRENT.set(request.getRemoteAddr());
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }
}
