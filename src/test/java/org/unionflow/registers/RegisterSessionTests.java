package org.unionflow.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.WebappLogins.cookie;
import static org.unionflow.WebappLogins.get;
import static org.unionflow.WebappLogins.logIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;

/**
 * The pages ride on the webapp login: the start page is served, the API answers with the session, a change needs
 * the session's CSRF token, and Basic-auth clients work as before.
 */
@UnionFlowTest
class RegisterSessionTests {

  private static final String MEMBER = """
      {"staffNo": "%s", "name": "林小雨", "unionGroup": "Chinese group / 语文组", "department": "Teaching / 教学",
       "status": "ACTIVE", "gender": "FEMALE", "birthDate": "1991-05-20", "joinDate": "2015-09-01",
       "phone": "139 0000 5678"}""";

  @Autowired TestRestTemplate rest;
  @Autowired DemoUsersOverHttp demo;
  @Autowired ObjectMapper json;

  @Test
  void thePagesAreServedAndLinkedFromTheWebapps() {
    ResponseEntity<String> start = rest.getForEntity("/registers/", String.class);
    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(start.getBody()).contains("台账 / Registers", "registers.js");
    for (String page : new String[] {"members", "ledger", "visits", "motions", "aid", "expenses", "audits",
        "notices", "dashboard", "case"}) {
      assertThat(rest.getForEntity("/registers/" + page + ".html", String.class).getStatusCode()).as(page)
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(rest.getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/registers-link.js", String.class))
        .contains("tasklist.navbar.action", "/registers/");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/registers-link.js", String.class))
        .contains("cockpit.navigation", "/registers/");
  }

  @Test
  void aCountyReaderIsOfferedTheBaseUnionsBelowAndABaseUnionsOfficerOnlyTheirOwn() throws Exception {
    JsonNode county = json.readTree(demo.as("county-chair").getForObject("/api/registers/me", String.class));
    assertThat(county.get("unions").findValuesAsText("id")).startsWith("union-county1")
        .contains("union-ps1", "union-ms2").doesNotHaveDuplicates();
    assertThat(county.get("unions").get(0).get("name").asText()).contains("滨江县教育工会");
    JsonNode officer = json.readTree(demo.as("ps-officer1").getForObject("/api/registers/me", String.class));
    assertThat(officer.get("unions").findValuesAsText("id")).containsExactly("union-ps1");
    // the header names the person, as the account has it
    assertThat(officer.get("name").asText()).isNotBlank().isNotEqualTo("ps-officer1");
    assertThat(officer.get("id").asText()).isEqualTo("ps-officer1");
  }

  @Test
  void withoutALoginThePagesCallsGetAPlain401AndNoPasswordBox() {
    HttpHeaders page = new HttpHeaders();
    page.add("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<String> me = rest.exchange("/api/registers/me", HttpMethod.GET, new HttpEntity<>(page),
        String.class);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(me.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(rest.getForEntity("/api/registers/me", String.class).getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
        .startsWith("Basic");
  }

  @Test
  void theSessionReadsAndWritesOnlyWithItsToken() throws Exception {
    String officer = logIn(rest, "ps-officer1", "tasklist");
    JsonNode me = json.readTree(get(rest, officer, "/api/registers/me").getBody());
    assertThat(me.get("id").asText()).isEqualTo("ps-officer1");
    assertThat(me.get("union").asText()).isEqualTo("union-ps1");
    assertThat(me.get("registers").findValuesAsText("name")).contains("MEMBERS", "LEDGER").doesNotContain("TRAIL");
    assertThat(me.get("details").toString()).contains("MEMBER_CONTACTS");
    // the pages count days and show times as the union does, not as the browser's zone would
    assertThat(me.get("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(me.get("today").asText()).isEqualTo(UnionDay.today().toString());

    ResponseEntity<String> forged = post(officer, null, MEMBER.formatted("PS-8101"));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(demo.as("ps-officer1").getForObject("/api/members?search=PS-8101", String.class))
        .contains("\"totalElements\":0");

    HttpHeaders token = new HttpHeaders();
    token.add(me.get("csrfHeader").asText(), me.get("csrfToken").asText());
    ResponseEntity<String> created = post(officer, token, MEMBER.formatted("PS-8101"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> duplicate = post(officer, token, MEMBER.formatted("PS-8101"));
    assertThat(duplicate.getStatusCode()).as(duplicate.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(duplicate.getBody()).get("fieldErrors").findValuesAsText("field"))
        .containsExactly("staffNo");

    // a Basic-auth client needs no token
    assertThat(demo.as("ps-officer1").postForEntity("/api/members", new HttpEntity<>(json.readValue(
        MEMBER.formatted("PS-8102"), Map.class)), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aLeadersSessionIsRefusedTheLedger() {
    String leader = logIn(rest, "ps-leader1", "tasklist");
    assertThat(get(rest, leader, "/api/members").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(rest, leader, "/api/fund/ledger").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<String> post(String session, HttpHeaders extra, String body) {
    HttpHeaders headers = cookie(session);
    headers.add(HttpHeaders.CONTENT_TYPE, "application/json");
    if (extra != null) {
      headers.addAll(extra);
    }
    return rest.exchange("/api/members", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
