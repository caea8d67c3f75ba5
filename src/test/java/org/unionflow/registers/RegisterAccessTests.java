package org.unionflow.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.Payment;
import org.unionflow.platform.Groups;

/**
 * Every register over REST as each demo role of the primary school: readers get their union's rows, the others
 * 403; another union's row is not found; names and contacts masked where the policy says.
 */
@UnionFlowTest
class RegisterAccessTests {

  private static final List<String> PEOPLE = List.of("ps-chair", "ps-officer1", "ps-leader1", "ps-treasurer",
      "ps-auditor1", "ps-rep1", "ps-motions", "ps-dept-hr", "ps-principal", "ps-women");
  private static final String OFFICER_ONLY = "ps-officer-only";

  @Autowired DemoUsersOverHttp demo;
  @Autowired IdentityService identity;
  @Autowired FundLedgerService fund;
  @Autowired Clock clock;

  /** Readers answer anything but 403 (a missing row is 404 for them); everyone else of the union gets 403. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      MEMBERS        | /api/members                         | *
      MEMBERS        | /api/members/groups                  | *
      MEMBERS        | /api/members/export.xlsx             | *
      VISITS         | /api/visits                          | ps-chair ps-officer1 ps-leader1 ps-treasurer ps-auditor1 ps-women
      VISITS         | /api/visits/export.csv               | ps-chair ps-officer1 ps-leader1 ps-treasurer ps-auditor1 ps-women
      MOTIONS        | /api/motions                         | *
      HARDSHIP_FILES | /api/aid/files/PS-0001               | ps-chair ps-officer1 ps-treasurer ps-auditor1
      AID_CASES      | /api/aid/cases                       | ps-chair ps-officer1 ps-treasurer ps-auditor1
      AID_NOTICES    | /api/aid/notices                     | *
      BUDGET         | /api/fund/budget-lines               | *
      LEDGER         | /api/fund/ledger                     | ps-chair ps-officer1 ps-treasurer ps-auditor1
      LEDGER         | /api/fund/ledger.xlsx?from=2026-01-01&to=2026-01-31 | ps-chair ps-officer1 ps-treasurer ps-auditor1
      LEDGER         | /api/fund/budget-execution.xlsx?from=2026-01-01&to=2026-01-31 | ps-chair ps-officer1 ps-treasurer ps-auditor1
      EXPENSES       | /api/fund/expenses                   | ps-chair ps-officer1 ps-treasurer ps-auditor1
      AUDITS         | /api/fund/audits                     | ps-chair ps-officer1 ps-treasurer ps-auditor1
      AUDIT_REPORTS  | /api/fund/audits/FA-NONE/report      | *
      AUDIT_REPORTS  | /api/fund/audits/published           | *
      TRAIL          | /api/trail/verify                    | ps-chair ps-auditor1
      """)
  void eachRoleReadsWhatThePolicySays(String register, String path, String readers) {
    Set<String> allowed = readers.equals("*") ? Set.copyOf(PEOPLE) : Set.of(readers.split(" "));
    for (String person : PEOPLE) {
      HttpStatusCode status = demo.as(person).exchange(path, HttpMethod.GET, null, String.class).getStatusCode();
      if (allowed.contains(person)) {
        assertThat(status).as("%s reads %s", person, register).isNotEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status.is2xxSuccessful() || status == HttpStatus.NOT_FOUND).as("%s: %s", person, status).isTrue();
      } else {
        assertThat(status).as("%s reads %s", person, register).isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
  }

  @Test
  void anotherUnionsMemberIsNotFound() {
    Object id = firstMember("ps-officer1").get("id");
    assertThat(demo.as("ps-leader1").getForEntity("/api/members/" + id, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(demo.as("ms-officer1").getForEntity("/api/members/" + id, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void phonesAndBirthDatesOnlyToOfficersAndTheChair() {
    for (String person : List.of("ps-officer1", "ps-chair", "ps-leader1", "ps-treasurer", "ps-rep1")) {
      Map<String, Object> member = firstMember(person);
      boolean shown = person.equals("ps-officer1") || person.equals("ps-chair");
      assertThat(member.get("phone") != null).as("%s sees phones", person).isEqualTo(shown);
      assertThat(member.get("birthDate") != null).as("%s sees birth dates", person).isEqualTo(shown);
      assertThat(member.get("name")).as(person).isNotNull();
    }
  }

  @Test
  void ledgerShowsTheBeneficiaryInFullOnlyToThoseWhoMaySeeIt() {
    LocalDate today = LocalDate.now(clock);
    String caseKey = "RA-" + UUID.randomUUID();
    fund.book(new Payment("union-ps1", BudgetCategory.CONDOLENCE, today, new BigDecimal("12.50"), "Test / 测试",
        caseKey, null, "ps-treasurer", "欧阳晓梅"));
    officerOnly();
    String period = "/api/fund/ledger/period?from=" + today + "&to=" + today;
    for (String person : List.of("ps-treasurer", "ps-chair", "ps-auditor1", "ps-officer1", OFFICER_ONLY)) {
      Map<String, Object> entry = entryOf(demo.as(person).exchange(period, HttpMethod.GET, null, JSON).getBody(),
          caseKey);
      assertThat(entry.get("beneficiary")).as(person).isEqualTo(person.equals(OFFICER_ONLY) ? "欧*" : "欧阳晓梅");
    }
    String csv = new String(demo.as(OFFICER_ONLY).getForEntity("/api/fund/ledger.csv?from=" + today + "&to=" + today,
        byte[].class).getBody(), StandardCharsets.UTF_8);
    assertThat(csv).contains("欧*").doesNotContain("欧阳晓梅");
    assertThat(demo.as("ps-leader1").getForEntity(period, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** An officer who is not on the committee: reads the ledger, but beneficiaries masked. */
  private void officerOnly() {
    if (identity.createUserQuery().userId(OFFICER_ONLY).count() == 0) {
      User user = identity.newUser(OFFICER_ONLY);
      user.setFirstName("Officer");
      user.setLastName("Only");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(OFFICER_ONLY, Groups.OFFICERS);
      identity.createTenantUserMembership("union-ps1", OFFICER_ONLY);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> firstMember(String person) {
    Map<String, Object> page = demo.as(person).exchange("/api/members?search=PS-0001", HttpMethod.GET, null, JSON)
        .getBody();
    return ((List<Map<String, Object>>) page.get("content")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> entryOf(Map<String, Object> period, String caseKey) {
    return ((List<Map<String, Object>>) period.get("entries")).stream()
        .filter(e -> caseKey.equals(e.get("businessKey"))).findFirst().orElseThrow();
  }
}
