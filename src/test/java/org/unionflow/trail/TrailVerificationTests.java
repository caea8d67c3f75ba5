package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.visits.VisitRestScenario;

/** A step changed behind the application's back, directly in the database, is found and named. */
@UnionFlowTest
class TrailVerificationTests {

  @Autowired TrailCases cases;
  @Autowired VisitRestScenario visits;
  @Autowired DemoUsersOverHttp demo;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anAmountRaisedInTheDatabaseIsNamedAsTheFirstBrokenStep() throws IOException {
    String visit = visits.paidLateFuneral("PS-0016", 800.0);
    assertThat(verify(visit)).containsEntry("intact", true).containsEntry("steps", 3)
        .containsEntry("firstBrokenStep", null);

    int changed = jdbc.update("update uf_approval_step set submitted_values = replace(submitted_values, '800.0', "
        + "'8000.0') where business_key = ? and seq = 2", visit);

    assertThat(changed).isOne();
    assertThat(verify(visit)).containsEntry("intact", false).containsEntry("firstBrokenStep", 2)
        .containsEntry("brokenTask", "Record visit / 记录走访");
    Map<String, Object> trail = cases.trail("ps-auditor1", visit);
    assertThat(TrailCases.entries(trail).stream().filter(e -> e.get("step") != null).map(e -> e.get("chain")))
        .containsExactly("ok", "BROKEN", "unverified");
    assertThat(demo.as("ps-auditor2").exchange("/api/trail/verify", HttpMethod.GET, null, JSON_LIST).getBody())
        .filteredOn(check -> visit.equals(check.get("businessKey"))).singleElement()
        .satisfies(check -> assertThat(check).containsEntry("intact", false).containsEntry("firstBrokenStep", 2));
    String csv = new String(demo.as("ps-auditor1").getForObject("/api/trail/cases/" + visit + "/csv", byte[].class),
        StandardCharsets.UTF_8);
    assertThat(csv.lines()).anyMatch(line -> line.contains("8000.0") && line.endsWith(",2,BROKEN"));
    byte[] pdf = demo.as("ps-auditor1").getForObject("/api/trail/cases/" + visit + "/pdf", byte[].class);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Chain check / 链校验: BROKEN at step 2 (Record visit / 记录走访)");
    }
  }

  private Map<String, Object> verify(String businessKey) {
    return demo.as("ps-chair").exchange("/api/trail/cases/" + businessKey + "/verify", HttpMethod.GET, null, JSON)
        .getBody();
  }
}
