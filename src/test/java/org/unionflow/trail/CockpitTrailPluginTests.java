package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.unionflow.UnionFlowTest;

/**
 * The Cockpit plugin is served with Cockpit, and its calls to /api/trail authenticate with the webapp login:
 * reading only, with the same rules as HTTP Basic. (The browser system test clicks through it.)
 */
@UnionFlowTest
class CockpitTrailPluginTests {

  @Autowired TestRestTemplate rest;
  @Autowired TrailCases cases;

  @Test
  void cockpitLoadsThePluginScript() {
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("customScripts: ['scripts/trail-plugin.js', 'scripts/role-actions.js']");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/role-actions.js", String.class))
        .contains("unionflow-may-change", "group?member=");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/trail-plugin.js", String.class))
        .contains("cockpit.processInstance.runtime.tab", "Approval trail / 审批轨迹", "cockpit.route");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/trail-format.js", String.class))
        .contains("export function formatTime", "Asia/Shanghai");
  }

  /**
   * The plugin's pure logic (what the trail's words are, who is offered Cockpit's actions) is tested under node,
   * in a browser's zone that is not the union's: src/test/js.
   */
  @Test
  void thePluginsNodeTestsPass() throws Exception {
    ProcessBuilder node = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true);
    node.environment().put("TZ", "America/Los_Angeles");
    Process run = node.start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("node --test finished").isTrue();
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
  }

  @Test
  void theWebappLoginReadsTheTrailButChangesNothing() {
    String visit = cases.lateFuneral("PS-0017");
    cases.planVisit("ps-officer1", visit);

    String auditor = logIn("ps-auditor1", "cockpit");
    ResponseEntity<String> trail = get(auditor, "/api/trail/cases/" + visit);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains("\"businessKey\":\"" + visit + "\"", "ps-officer1");
    assertThat(get(auditor, "/api/trail/verify").getStatusCode()).isEqualTo(HttpStatus.OK);
    // the session is for reading the trail only: no other API, no change
    assertThat(get(auditor, "/api/visits/" + visit).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.exchange("/api/aid/cases/" + visit + "/objections", HttpMethod.POST,
        new HttpEntity<>(Map.of("reason", "forged"), cookie(auditor)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    String officer = logIn("ps-officer2", "tasklist");
    assertThat(get(officer, "/api/trail/cases/" + visit).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("JSESSIONID=forged", "/api/trail/cases/" + visit).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** Logs in the way the webapp's login page does; answers the session cookie. */
  private String logIn(String user, String app) {
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

  private ResponseEntity<String> get(String cookie, String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(cookie(cookie)), String.class);
  }

  private static HttpHeaders cookie(String cookie) {
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
