package org.unionflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A Tasklist user's browser without the browser: logs in through the webapp's own login, keeps the session
 * and CSRF cookies, and sends the CSRF header the webapp requires on every change.
 */
class WebappSession {

  static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  static WebappSession logIn(TestRestTemplate rest, String user) {
    WebappSession session = new WebappSession(rest);
    // the first request opens the session and hands out its CSRF token
    session.get("/camunda/api/admin/auth/user/default", new ParameterizedTypeReference<String>() {
    });
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("webapp login of %s: %s", user, login.getBody()).isEqualTo(HttpStatus.OK);
    session.keep(login.getHeaders());
    // the login opens a new session, which hands out a new token on its first read
    session.get("/camunda/api/admin/auth/user/default", new ParameterizedTypeReference<String>() {
    });
    return session;
  }

  <T> ResponseEntity<T> get(String path, ParameterizedTypeReference<T> type) {
    ResponseEntity<T> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), type);
    keep(response.getHeaders());
    return response;
  }

  <T> ResponseEntity<T> post(String path, Object body, ParameterizedTypeReference<T> type) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<T> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), type);
    keep(response.getHeaders());
    return response;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
    }
    if (csrfToken != null) {
      headers.add("X-XSRF-TOKEN", csrfToken);
    }
    return headers;
  }

  private void keep(HttpHeaders response) {
    List<String> setCookies = response.getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      csrfToken = cookies.get("XSRF-TOKEN");
    }
  }
}
