package org.unionflow.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.aid.AidProcess;
import org.unionflow.trail.TrailCases;

/** The chair's dashboard counts what the registers hold: open work per step and cases started per month. */
@UnionFlowTest
class DashboardTests {

  @Autowired DemoUsersOverHttp demo;
  @Autowired TrailCases cases;
  @Autowired Clock clock;

  @Test
  void openVerificationsAndThisMonthsCasesMatchTheAidAndVisitRegisters() {
    String businessKey = cases.aidApplication("PS-0019");
    Map<String, Object> figures = figures("ps-chair");

    assertThat(verifications(figures)).isPositive()
        .isEqualTo(total("/api/aid/cases?size=1&status=UNDER_VERIFICATION"));
    assertThat(steps(figures)).allSatisfy(s -> assertThat(number(s.get("overdue"))).isBetween(0L, number(s.get("open"))));
    assertThat(number(figures.get("open"))).isEqualTo(steps(figures).stream().mapToLong(s -> number(s.get("open"))).sum());

    YearMonth month = YearMonth.now(clock);
    assertThat(startedIn(figures, AidProcess.KEY, month))
        .isEqualTo(inMonth("/api/aid/cases?size=2000&year=" + month.getYear(), "openedAt", month)).isPositive();
    assertThat(startedIn(figures, "fiveMandatoryVisits", month))
        .isEqualTo(inMonth("/api/visits?size=2000", "reportedAt", month));
    assertThat(businessKey).startsWith("AID-");
  }

  @Test
  void onlyThoseWhoOverseeEveryCaseReadTheDashboardAndOnlyOfTheirUnion() {
    assertThat(demo.as("ps-leader1").exchange("/api/registers/dashboard", HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(demo.as("ps-treasurer").exchange("/api/registers/dashboard", HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    cases.aidApplication("PS-0013");
    long psVerifying = verifications(figures("ps-chair"));
    long msVerifying = verifications(figures("ms-chair"));
    assertThat(psVerifying).isPositive();
    assertThat(msVerifying).isEqualTo(total("ms-officer1", "/api/aid/cases?size=1&status=UNDER_VERIFICATION"));
    ResponseEntity<Map<String, Object>> badYear = demo.as("ps-chair").exchange("/api/registers/dashboard?year=20260",
        HttpMethod.GET, null, JSON);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private Map<String, Object> figures(String user) {
    ResponseEntity<Map<String, Object>> answer = demo.as(user).exchange("/api/registers/dashboard", HttpMethod.GET,
        null, JSON);
    assertThat(answer.getStatusCode()).as("%s: %s", user, answer.getBody()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private long verifications(Map<String, Object> figures) {
    return steps(figures).stream().filter(s -> AidProcess.KEY.equals(s.get("process"))
        && List.of(AidProcess.VERIFY_AT_HOME, AidProcess.VERIFY_AT_HOME_AGAIN).contains(s.get("step")))
        .mapToLong(s -> number(s.get("open"))).sum();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> figures) {
    return (List<Map<String, Object>>) figures.get("openByStep");
  }

  @SuppressWarnings("unchecked")
  private static long startedIn(Map<String, Object> figures, String process, YearMonth month) {
    return ((List<Map<String, Object>>) figures.get("startedByMonth")).stream()
        .filter(m -> process.equals(m.get("process"))).findFirst()
        .map(m -> number(((List<?>) m.get("started")).get(month.getMonthValue() - 1))).orElse(0L);
  }

  private long total(String path) {
    return total("ps-officer1", path);
  }

  private long total(String user, String path) {
    return number(((Map<?, ?>) demo.as(user).exchange(path, HttpMethod.GET, null, JSON).getBody().get("page"))
        .get("totalElements"));
  }

  @SuppressWarnings("unchecked")
  private long inMonth(String path, String field, YearMonth month) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) demo.as("ps-chair")
        .exchange(path, HttpMethod.GET, null, JSON).getBody().get("content");
    return rows.stream().filter(r -> YearMonth.from(Instant.parse((String) r.get(field)).atZone(clock.getZone()))
        .equals(month)).count();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
