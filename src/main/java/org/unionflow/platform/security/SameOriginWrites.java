package org.unionflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that once sent Basic credentials to {@code /api} or {@code /engine-rest} resends them to any site
 * that posts there: a write is taken only from the app's own pages or from a client that is not a browser.
 * Browsers name the page a request comes from ({@code Sec-Fetch-Site}, {@code Origin}); other clients send
 * neither. No CORS headers are ever sent, so other sites cannot read answers either.
 */
class SameOriginWrites extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return READS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (fromAnotherSite(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"CrossSiteRequest\",\"message\":"
          + "\"不接受来自其他网站的提交 / A change sent from another site is refused\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean fromAnotherSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return !site.equals("same-origin") && !site.equals("none");
    }
    String origin = request.getHeader("Origin");
    return origin != null && !sameOrigin(origin, request);
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      URI from = URI.create(origin);
      return request.getScheme().equalsIgnoreCase(from.getScheme())
          && request.getServerName().equalsIgnoreCase(from.getHost())
          && request.getServerPort() == portOf(from);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int portOf(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
