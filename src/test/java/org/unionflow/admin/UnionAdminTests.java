package org.unionflow.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.motions.MotionService;
import org.unionflow.platform.unions.UnionTree;

/** The administrator opens a base union under the demo county in one request, once; a taken id is refused. */
@UnionFlowTest
class UnionAdminTests {

  private static final String PATH = "/api/admin/unions";

  @Autowired TestRestTemplate rest;
  @Autowired DemoUsersOverHttp demo;
  @Autowired UnionTree tree;
  @Autowired IdentityService identity;
  @Autowired FundLedgerService fund;
  @Autowired MotionService motions;

  @Test
  void oneRequestOpensTheUnionTheSameRequestAgainChangesNothing() {
    Map<String, Object> request = vocationalSchool("union-vs4");
    ResponseEntity<Map<String, Object>> opened = open(request);
    assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(opened.getBody()).containsEntry("id", "union-vs4").containsEntry("parentId", "union-county1")
        .containsEntry("kind", "BASE");

    assertThat(tree.baseUnionsUnder("union-county1")).contains("union-ps1", "union-ms2", "union-kg3", "union-vs4");
    assertThat(identity.createTenantQuery().tenantId("union-vs4").singleResult().getName())
        .isEqualTo("Binjiang Vocational School Union / 滨江职业学校工会");
    for (String reader : List.of("county-chair", "county-officer", "county-auditor")) {
      assertThat(identity.createUserQuery().memberOfTenant("union-vs4").userId(reader).count()).as(reader).isOne();
    }
    int year = UnionDay.today().getYear();
    assertThat(fund.lines("union-vs4", year)).hasSize(6)
        .filteredOn(line -> line.category().name().equals("HARDSHIP_AID")).singleElement().satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("50000.00"));
    assertThat(motions.sessions("union-vs4")).singleElement()
        .satisfies(session -> assertThat(session.getName()).isEqualTo("1st congress, 1st session / 一届一次"));
    assertThat(demo.as("county-chair").exchange("/api/fund/budget-lines?union=union-vs4", HttpMethod.GET, null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> again = open(request);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fund.lines("union-vs4", year)).hasSize(6);
    assertThat(motions.sessions("union-vs4")).hasSize(1);
    assertThat(identity.createUserQuery().memberOfTenant("union-vs4").count()).isEqualTo(3);
  }

  @Test
  void thePageGetsTheCategoriesByLabel() {
    Map<String, Object> form = rest.withBasicAuth("admin", "admin").exchange(PATH + "/form", HttpMethod.GET, null,
        JSON).getBody();
    assertThat((List<Map<String, String>>) form.get("categories")).extracting(c -> c.get("label"))
        .contains("Hardship aid / 困难帮扶");
    assertThat(demo.as("county-chair").exchange(PATH + "/form", HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aTakenIdWithOtherDataIsRefusedAtTheFieldsThatDiffer() {
    assertThat(open(vocationalSchool("union-vs5")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> renamed = vocationalSchool("union-vs5");
    renamed.put("name", "Another School Union / 另一学校工会");
    assertThat(fields(open(renamed), HttpStatus.CONFLICT)).containsExactly("name");
    Map<String, Object> richer = vocationalSchool("union-vs5");
    richer.put("budget", Map.of("CONDOLENCE", 20000, "HARDSHIP_AID", 90000));
    assertThat(fields(open(richer), HttpStatus.CONFLICT)).containsExactly("budget.HARDSHIP_AID");
    assertThat(fields(open(vocationalSchool("union-ps1")), HttpStatus.CONFLICT)).containsExactly("name");
    assertThat(tree.nameOf("union-vs5")).isEqualTo("Binjiang Vocational School Union / 滨江职业学校工会");
    assertThat(fund.lines("union-vs5", UnionDay.today().getYear())).filteredOn(
        line -> line.category().name().equals("HARDSHIP_AID")).singleElement()
        .satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("50000.00"));
  }

  @Test
  void badInputIsRefusedAtItsFieldAndOnlyTheAdministratorOpensUnions() {
    Map<String, Object> underASchool = vocationalSchool("union-vs6");
    underASchool.put("parentId", "union-ps1");
    assertThat(fields(open(underASchool), HttpStatus.BAD_REQUEST)).containsExactly("parentId");
    Map<String, Object> badId = vocationalSchool("Union VS 7");
    assertThat(fields(open(badId), HttpStatus.BAD_REQUEST)).containsExactly("id");
    assertThat(tree.find("union-vs6")).isEmpty();
    for (String user : List.of("county-chair", "ps-chair")) {
      assertThat(demo.as(user).exchange(PATH, HttpMethod.POST, new HttpEntity<>(vocationalSchool("union-vs8")),
          JSON).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(tree.find("union-vs8")).isEmpty();
  }

  private ResponseEntity<Map<String, Object>> open(Map<String, Object> request) {
    return rest.withBasicAuth("admin", "admin").exchange(PATH, HttpMethod.POST, new HttpEntity<>(request), JSON);
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map<String, Object>> answer, HttpStatus status) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
    return ((List<Map<String, String>>) answer.getBody().get("fieldErrors")).stream().map(e -> e.get("field")).toList();
  }

  private static Map<String, Object> vocationalSchool(String id) {
    int year = UnionDay.today().getYear();
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("id", id);
    request.put("name", "Binjiang Vocational School Union / 滨江职业学校工会");
    request.put("parentId", "union-county1");
    request.put("budget", Map.of("CONDOLENCE", 20000, "HARDSHIP_AID", 50000));
    request.put("congressSession", Map.of("name", "1st congress, 1st session / 一届一次",
        "opensOn", year + "-01-01", "closesOn", year + "-12-31"));
    return request;
  }
}
