package org.unionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;

/** Cross-site writes with cached credentials, and password guessing that must not lock anybody else out. */
@UnionFlowTest
class DomainRestSecurityTests {

  @Autowired TestRestTemplate rest;
  @Autowired DemoUsersOverHttp demo;

  @Test
  void aWriteFromAnotherSiteIsRefusedWhateverItsCredentials() {
    for (HttpHeaders crossSite : List.of(headers("Origin", "http://evil.example"), headers("Sec-Fetch-Site", "cross-site"))) {
      for (String path : List.of("/api/members", "/engine-rest/process-definition/key/fiveMandatoryVisits/submit-form")) {
        ResponseEntity<String> refused = demo.as("ps-officer1").exchange(path, HttpMethod.POST,
            new HttpEntity<>(Map.of(), crossSite), String.class);
        assertThat(refused.getStatusCode()).as(path + " " + crossSite).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("another site");
      }
    }
    ResponseEntity<String> sameSite = demo.as("ps-officer1").exchange("/engine-rest/task/count", HttpMethod.POST,
        new HttpEntity<>(Map.of(), headers("Sec-Fetch-Site", "same-origin")), String.class);
    assertThat(sameSite.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(demo.as("ps-officer1").exchange("/api/members", HttpMethod.GET,
        new HttpEntity<>(headers("Origin", "http://evil.example")), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(demo.as("ps-officer1").exchange("/api/members", HttpMethod.GET, null, String.class).getHeaders()
        .getAccessControlAllowOrigin()).isNull();
  }

  @Test
  void aWrongPasswordLocksTheGuesserForAWhileAndTheAdministratorSeesAndLiftsIt() {
    assertThat(rest.withBasicAuth("ps-auditor2", "wrong").getForEntity("/api/fund/ledger", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // the same client, now with the right password, waits out its lock
    assertThat(demo.as("ps-auditor2").getForEntity("/api/fund/ledger", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(demo.as("ps-chair").exchange("/api/admin/login-locks", HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    TestRestTemplate admin = rest.withBasicAuth("admin", "admin");
    List<Map<String, Object>> locks = admin.exchange("/api/admin/login-locks", HttpMethod.GET, null, JSON_LIST).getBody();
    assertThat(locks).extracting(lock -> lock.get("userId")).contains("ps-auditor2");
    assertThat(locks).filteredOn("userId", "ps-auditor2").singleElement()
        .satisfies(lock -> assertThat(lock).containsKeys("address", "failures", "lockedUntil"));

    assertThat(admin.exchange("/api/admin/login-locks/ps-auditor2", HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(demo.as("ps-auditor2").getForEntity("/api/fund/ledger", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private static HttpHeaders headers(String name, String value) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(name, value);
    return headers;
  }
}
