package org.unionflow.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.motions.MotionProcess;
import org.unionflow.visits.VisitRestScenario;

/** Filters across cases, the CSV and PDF exports with their chain check, and refusals of bad filters. */
@UnionFlowTest
class TrailExportTests {

  private static final LocalDate TODAY = UnionDay.today();

  @Autowired TrailCases cases;
  @Autowired VisitRestScenario visits;
  @Autowired DemoUsersOverHttp demo;

  @Test
  void everyRejectedMotionIsListedWithWhoRejectedItAndExported() throws IOException {
    String rejected = cases.motion("Free parking for visitors");
    cases.rejectMotion(rejected);
    String accepted = cases.motion("Repair the gym roof");
    cases.handleMotion(accepted);
    String filter = "?process=" + MotionProcess.KEY + "&decision=REJECT&from=" + TODAY + "&to=" + TODAY;

    Map<String, Object> list = demo.as("ps-auditor1").exchange("/api/trail/steps" + filter, HttpMethod.GET, null, JSON)
        .getBody();

    List<Map<String, Object>> rows = (List<Map<String, Object>>) list.get("rows");
    assertThat(rows).extracting(r -> r.get("businessKey")).contains(rejected).doesNotContain(accepted);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("processDefinitionKey")).isEqualTo(MotionProcess.KEY);
      assertThat(((Map<String, Object>) r.get("values")).values()).contains("REJECT");
    });
    assertThat(rows).filteredOn(r -> rejected.equals(r.get("businessKey"))).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("completedBy", "ps-motions").containsEntry("chain", "ok"));
    assertThat((List<Map<String, Object>>) list.get("chains")).extracting(c -> c.get("businessKey")).contains(rejected);

    ResponseEntity<byte[]> csv = demo.as("ps-auditor1").exchange("/api/trail/steps/csv" + filter, HttpMethod.GET, null,
        byte[].class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFbusinessKey,process,step,task,claimedBy,completedBy,createdAt,"
        + "completedAt,waited,values,chain");
    assertThat(lines).hasSize(rows.size() + 1);
    // steps 1 and 2 are the co-signers' confirmations, 3 the committee's review
    assertThat(lines).anyMatch(line -> line.startsWith(rejected + "," + MotionProcess.KEY + ",3,")
        && line.contains("ps-motions") && line.endsWith(",ok"));

    String pdf = pdfText("/api/trail/steps/pdf" + filter);
    assertThat(pdf).contains("Approval steps / 审批环节", rejected, "decision=REJECT", "Chain check / 链校验: intact");
    assertThat(pdf).doesNotContain(accepted);
  }

  @Test
  void aPersonsStepsInAPeriodAreExactlyWhatTheyDecided() {
    String motion = cases.motion("Quiet room for teachers");
    cases.rejectMotion(motion);

    List<Map<String, Object>> today = rows("?person=ps-motions&from=" + TODAY + "&to=" + TODAY);
    List<Map<String, Object>> tomorrow = rows("?person=ps-motions&from=" + TODAY.plusDays(1));
    List<Map<String, Object>> untilYesterday = rows("?person=ps-motions&to=" + TODAY.minusDays(1));

    assertThat(today).extracting(r -> r.get("businessKey")).contains(motion);
    assertThat(today).allMatch(r -> "ps-motions".equals(r.get("completedBy")) || "ps-motions".equals(r.get("claimedBy")));
    assertThat(tomorrow).isEmpty();
    assertThat(untilYesterday).isEmpty();
  }

  @Test
  void oneCasesTrailExportsAsCsvAndAPrintablePdfWithItsChainCheck() throws IOException {
    String visit = visits.paidLateFuneral("PS-0015", 600.0);
    int entries = TrailCases.entries(cases.trail("ps-auditor1", visit)).size();

    ResponseEntity<byte[]> csv = demo.as("ps-auditor1").exchange("/api/trail/cases/" + visit + "/csv", HttpMethod.GET,
        null, byte[].class);

    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("trail-" + visit + ".csv");
    List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFat,kind,activity,name,actor,claimedBy,completedBy,createdAt,waited,"
        + "values,step,chain");
    assertThat(lines).hasSize(entries + 1);
    assertThat(lines.get(1)).contains(",CASE_STARTED,reportEvent,").contains("ps-leader1");
    assertThat(lines).anyMatch(line -> line.contains(",USER_TASK,recordVisit,") && line.contains("ps-officer2")
        && line.endsWith(",2,ok"));
    assertThat(lines).anyMatch(line -> line.contains(",PAYMENT,,") && line.contains("600.00"));
    assertThat(lines.get(lines.size() - 1)).contains(",CASE_ENDED,visitRecorded,");

    String pdf = pdfText("/api/trail/cases/" + visit + "/pdf");
    assertThat(pdf).contains("Approval trail / 审批轨迹 " + visit, "Chain check / 链校验: intact: 3 steps",
        "Record visit / 记录走访", "ps-officer2", "ps-treasurer");
    // for people: labels and the union's time, not the codes and ISO instants of the CSV
    assertThat(pdf).contains("审批步骤 / User task", "结案 / Case ended", "已完成 / Completed")
        .doesNotContain("USER_TASK", "CASE_ENDED", "{\"").doesNotContainPattern("PT\\d")
        .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  }

  @Test
  void badFiltersAreRefusedFieldByField() {
    assertThat(refused("/api/trail/steps?from=" + TODAY + "&to=" + TODAY.minusDays(1))).containsExactly("to");
    assertThat(refused("/api/trail/steps?process=noSuchProcess")).containsExactly("process");
    assertThat(refused("/api/trail/steps?person=ghost")).containsExactly("person");
    assertThat(refused("/api/trail/steps/pdf?from=yesterday")).containsExactly("from");
    assertThat(demo.as("ps-auditor1").exchange("/api/trail/cases/VIS-1999-404", HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(demo.as("ps-auditor1").exchange("/api/trail/cases/VIS-1999-404/verify", HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(String query) {
    ResponseEntity<Map<String, Object>> answer = demo.as("ps-auditor1").exchange("/api/trail/steps" + query,
        HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) answer.getBody().get("rows");
  }

  @SuppressWarnings("unchecked")
  private List<String> refused(String path) {
    ResponseEntity<Map<String, Object>> answer = demo.as("ps-auditor1").exchange(path, HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, String>>) answer.getBody().get("fieldErrors")).stream().map(e -> e.get("field")).toList();
  }

  private String pdfText(String path) throws IOException {
    ResponseEntity<byte[]> pdf = demo.as("ps-auditor1").exchange(path, HttpMethod.GET, null, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
