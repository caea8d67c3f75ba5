package org.unionflow.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.trail.TrailCases;

/**
 * An officer records an objection a member made in person or by phone, naming them and how: refused at the field
 * for anyone else or without a member and a channel; the committee and the case's record read who recorded it
 * for whom. The notice itself prints as one page with the masked name.
 */
@UnionFlowTest
class AidObjectionOnBehalfTests {

  @Autowired DemoUsersOverHttp demo;
  @Autowired TrailCases cases;
  @Autowired RuntimeService runtime;

  @Test
  void anOfficerRecordsAPhonedObjectionForAMemberAndTheCommitteeReadsWhoAndHow() {
    String businessKey = onNotice("PS-0015");

    assertThat(refusedFields("ps-leader1", businessKey, form("PS-0016", "PHONE"))).containsExactly("objectorStaffNo");
    assertThat(refusedFields("ps-officer1", businessKey, form("PS-9876", "PHONE")))
        .containsExactly("objectorStaffNo");
    assertThat(refusedFields("ps-officer1", businessKey, form("MS-0005", "IN_PERSON")))
        .as("a member of the other union").containsExactly("objectorStaffNo");
    assertThat(refusedFields("ps-officer1", businessKey, form("PS-0016", null))).containsExactly("channel");
    assertThat(refusedFields("ps-officer1", businessKey, form("PS-0016", "ONLINE"))).containsExactly("channel");
    assertThat(caseAsChair(businessKey)).containsEntry("status", "UNDER_NOTICE")
        .satisfies(c -> assertThat((List<?>) c.get("objections")).isEmpty());

    ResponseEntity<Map<String, Object>> lodged = object("ps-officer1", businessKey, form("PS-0016", "PHONE"));
    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String objector = memberName("PS-0016");
    assertThat(lodged.getBody()).containsEntry("lodgedBy", "ps-officer1").containsEntry("objectorStaffNo", "PS-0016")
        .containsEntry("objectorName", objector).containsEntry("channel", "PHONE")
        .containsEntry("channelLabel", "By phone / 电话");

    Map<String, Object> aidCase = caseAsChair(businessKey);
    assertThat(aidCase).containsEntry("status", "UNDER_REVIEW");
    assertThat((List<Map<String, Object>>) aidCase.get("objections")).singleElement()
        .satisfies(o -> assertThat(o).containsEntry("lodgedBy", "ps-officer1").containsEntry("objectorName", objector));
    String shownToCommittee = (String) runtime.getVariable((String) aidCase.get("processInstanceId"),
        AidProcess.OBJECTION);
    assertThat(shownToCommittee).startsWith("They moved into a new flat").contains(objector).contains("电话")
        .contains("ps-officer1");
  }

  @Test
  void aMembersOwnObjectionIsMarkedOnline() {
    String businessKey = onNotice("PS-0017");

    ResponseEntity<Map<String, Object>> lodged = object("ps-leader1", businessKey,
        Map.of("reason", "They moved into a new flat"));

    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(lodged.getBody()).containsEntry("lodgedBy", "ps-leader1").containsEntry("channel", "ONLINE")
        .containsEntry("objectorName", null);
  }

  @Test
  void aNoticePrintsOnOnePageWithTheMaskedNameForEveryReader() throws IOException {
    String businessKey = onNotice("PS-0018");
    String name = memberName("PS-0018");

    for (String reader : List.of("ps-leader1", "ps-chair")) {
      ResponseEntity<byte[]> pdf = demo.as(reader).getForEntity("/api/aid/notices/" + businessKey + ".pdf",
          byte[].class);
      assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
        assertThat(document.getNumberOfPages()).isEqualTo(1);
        String text = new PDFTextStripper().getText(document);
        assertThat(text).contains(businessKey).contains(name.charAt(0) + "*").doesNotContain(name)
            .contains("¥3,000.00").contains("困难职工帮扶公示");
      }
    }
    assertThat(demo.as("ms-officer1").getForEntity("/api/aid/notices/" + businessKey + ".pdf", byte[].class)
        .getStatusCode()).as("the other union").isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String onNotice(String staffNo) {
    String businessKey = cases.aidApplication(staffNo);
    cases.verifyAtHome(businessKey);
    cases.approveByCommittee(businessKey, 3000.0);
    return businessKey;
  }

  private static Map<String, Object> form(String staffNo, String channel) {
    Map<String, Object> form = new HashMap<>();
    form.put("reason", "They moved into a new flat");
    form.put("objectorStaffNo", staffNo);
    form.put("channel", channel);
    return form;
  }

  private ResponseEntity<Map<String, Object>> object(String user, String businessKey, Map<String, Object> form) {
    return demo.as(user).exchange("/api/aid/cases/" + businessKey + "/objections", HttpMethod.POST,
        new HttpEntity<>(form), JSON);
  }

  @SuppressWarnings("unchecked")
  private List<String> refusedFields(String user, String businessKey, Map<String, Object> form) {
    ResponseEntity<Map<String, Object>> refused = object(user, businessKey, form);
    assertThat(refused.getStatusCode()).as("%s: %s", form, refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, String>>) refused.getBody().get("fieldErrors")).stream().map(e -> e.get("field"))
        .toList();
  }

  private Map<String, Object> caseAsChair(String businessKey) {
    return demo.as("ps-chair").exchange("/api/aid/cases/" + businessKey, HttpMethod.GET, null, JSON).getBody();
  }

  private String memberName(String staffNo) {
    return (String) ((List<Map<String, Object>>) demo.as("ps-officer1")
        .exchange("/api/members?search=" + staffNo, HttpMethod.GET, null, JSON).getBody().get("content")).get(0)
        .get("name");
  }
}
