package org.unionflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Logs in to a webapp the way its login page does, and calls the app with that session cookie. */
public final class WebappLogins {

  private WebappLogins() {
  }

  /** Answers the session cookie ({@code JSESSIONID=...}). */
  public static String logIn(TestRestTemplate rest, String user, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    String session = cookieValue(cookies, "JSESSIONID");
    String csrf = cookieValue(cookies, "XSRF-TOKEN");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + csrf);
    headers.add("X-XSRF-TOKEN", csrf);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("login: %s", login.getBody()).isEqualTo(HttpStatus.OK);
    List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    String after = renewed == null ? null : cookieValue(renewed, "JSESSIONID");
    return "JSESSIONID=" + (after != null ? after : session);
  }

  public static ResponseEntity<String> get(TestRestTemplate rest, String cookie, String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(cookie(cookie)), String.class);
  }

  public static HttpHeaders cookie(String cookie) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    return headers;
  }

  private static String cookieValue(List<String> setCookies, String name) {
    return setCookies == null ? null : setCookies.stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
        .findFirst().orElse(null);
  }
}
