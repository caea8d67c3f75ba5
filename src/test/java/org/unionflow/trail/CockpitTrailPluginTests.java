package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.WebappLogins.cookie;
import static org.unionflow.WebappLogins.get;
import static org.unionflow.WebappLogins.logIn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.UnionFlowTest;
import org.unionflow.visits.VisitRestScenario;

/**
 * The Cockpit plugin is served with Cockpit, and its calls to /api/trail authenticate with the webapp login:
 * reading only, with the same rules as HTTP Basic. (The browser system test clicks through it.)
 */
@UnionFlowTest
class CockpitTrailPluginTests {

  @Autowired TestRestTemplate rest;
  @Autowired VisitRestScenario visits;

  @Test
  void cockpitLoadsThePluginScript() {
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("customScripts: [", "'scripts/trail-plugin.js'", "'scripts/role-actions.js'");
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
  void theWebappLoginReadsTheTrailAndChangesNothingWithoutTheToken() {
    String visit = visits.lateFuneral("PS-0017");
    visits.plan("ps-officer1", visit);

    String auditor = logIn(rest, "ps-auditor1", "cockpit");
    ResponseEntity<String> trail = get(rest, auditor, "/api/trail/cases/" + visit);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(trail.getBody()).contains("\"businessKey\":\"" + visit + "\"", "ps-officer1");
    assertThat(get(rest, auditor, "/api/trail/verify").getStatusCode()).isEqualTo(HttpStatus.OK);
    // the session reads what the role may read; a change without the session's CSRF token is refused
    assertThat(get(rest, auditor, "/api/visits/" + visit).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.exchange("/api/aid/cases/" + visit + "/objections", HttpMethod.POST,
        new HttpEntity<>(Map.of("reason", "forged"), cookie(auditor)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String officer = logIn(rest, "ps-officer2", "tasklist");
    assertThat(get(rest, officer, "/api/trail/cases/" + visit).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(rest, "JSESSIONID=forged", "/api/trail/cases/" + visit).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
