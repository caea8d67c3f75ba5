package org.unionflow.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;

/**
 * Files of a hardship-aid application started by ps-officer1 and waiting for the officers' home visit, over the
 * real REST as the demo users: upload, list, download, the trail's note, the limits at the field, and who is
 * refused (403 in the union, 404 from another union or for a process that takes no files).
 */
@UnionFlowTest
class AttachmentRestTests {

  private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
      + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
      'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

  @Autowired DemoUsersOverHttp demo;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  private String caseId;
  private String businessKey;

  @BeforeEach
  void applyForAid() {
    Map<String, Object> started = apply(1100.0);
    caseId = (String) started.get("id");
    businessKey = (String) started.get("businessKey");
  }

  /** An application by ps-officer1 of a household of three with that income per head (yuan a month). */
  private Map<String, Object> apply(double incomePerHead) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("memberStaffNo", value("PS-0004"));
    variables.put("source", value("APPLICATION"));
    variables.put("category", value("LOW_INCOME"));
    variables.put("householdSize", typed(3, "Long"));
    variables.put("incomePerHead", typed(incomePerHead, "Double"));
    variables.put("description", value("Spouse lost their job; two children at school"));
    variables.put("documents", value("收入证明 / income certificate"));
    ResponseEntity<Map<String, Object>> started = demo.as("ps-officer1").exchange(
        "/engine-rest/process-definition/key/hardshipAid/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return started.getBody();
  }

  @Test
  void anOfficerUploadsAPdfThatReadersListAndDownloadAsAnAttachment() throws Exception {
    ResponseEntity<Map<String, Object>> added = upload("ps-officer1", caseId, "病历/../病历 2026.pdf", PDF);

    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getBody()).containsEntry("fileName", "病历 2026.pdf").containsEntry("mediaType", "application/pdf")
        .containsEntry("sha256", sha256(PDF)).containsEntry("uploadedBy", "ps-officer1")
        .containsEntry("uploaderName", officersName()).containsEntry("step", "Verify at home / 入户核实");
    Map<String, Object> listed = demo.as("ps-chair").exchange("/api/cases/" + caseId + "/attachments", HttpMethod.GET,
        null, JSON).getBody();
    assertThat(listed).containsEntry("businessKey", businessKey).containsEntry("running", true)
        .containsEntry("mayAdd", false);
    assertThat(files(listed)).singleElement().satisfies(file -> assertThat(file).containsEntry("fileName",
        "病历 2026.pdf").containsEntry("uploaderName", officersName()));

    ResponseEntity<byte[]> download = demo.as("ps-auditor1").exchange((String) added.getBody().get("href"),
        HttpMethod.GET, null, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("病历 2026.pdf");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void eachUploadIsNotedInTheApprovalTrailAtItsStepInChineseFirst() {
    upload("ps-officer1", caseId, "income.pdf", PDF);

    Map<String, Object> trail = demo.as("ps-chair").exchange("/api/trail/instances/" + caseId, HttpMethod.GET, null,
        JSON).getBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) trail.get("entries");
    assertThat(entries).filteredOn(entry -> "verifyAtHome".equals(entry.get("activityId"))).singleElement()
        .satisfies(entry -> assertThat(((Map<?, ?>) entry.get("values")).get("comments")).asList().singleElement()
            .asString().startsWith("ps-officer1: 上传附件 / File attached: income.pdf（PDF，").contains(
                "SHA-256 " + sha256(PDF).substring(0, 16)));
  }

  @Test
  void theTypeIsReadFromTheContentNotFromTheName() throws Exception {
    assertThat(upload("ps-officer2", caseId, "photo.png", PNG).getBody()).containsEntry("mediaType", "image/png");
    ResponseEntity<Map<String, Object>> word = upload("ps-officer2", caseId, "证明", docx());
    assertThat(word.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(word.getBody()).containsEntry("fileName", "证明.docx").containsEntry("mediaType",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(upload("ps-officer2", caseId, "收支表.xls", xls()).getBody()).containsEntry("mediaType",
        "application/vnd.ms-excel");
    // a PDF sent under another name is kept as what it is
    assertThat(upload("ps-officer2", caseId, "page.html", PDF).getBody()).containsEntry("fileName", "page.html.pdf");

    assertRefused(upload("ps-officer2", caseId, "invoice.pdf",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "不接受此类文件");
    assertRefused(upload("ps-officer2", caseId, "report.docx", zipOf("readme.txt")), "不接受此类文件");
    assertRefused(upload("ps-officer2", caseId, "tool.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}), "不接受此类文件");
    assertThat(files(list("ps-officer2", caseId))).hasSize(4);
  }

  @Test
  void anEmptyOrTooLargeFileIsRefusedAtItsFieldAndNothingIsKept() {
    assertRefused(upload("ps-officer1", caseId, "empty.pdf", new byte[0]), "请选择文件");
    byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    assertRefused(upload("ps-officer1", caseId, "large.pdf", large), "文件过大，最大 10 MB");
    byte[] huge = Arrays.copyOf(PDF, 21 * 1024 * 1024);
    assertRefused(upload("ps-officer1", caseId, "huge.pdf", huge), "文件过大，最大 10 MB");
    ResponseEntity<Map<String, Object>> noFile = demo.as("ps-officer1").exchange("/api/cases/" + caseId
        + "/attachments", HttpMethod.POST, multipart(new LinkedMultiValueMap<>()), JSON);
    assertRefused(noFile, "请选择文件");

    assertThat(files(list("ps-officer1", caseId))).isEmpty();
    assertThat(demo.as("ps-chair").exchange("/api/trail/instances/" + caseId, HttpMethod.GET, null, String.class)
        .getBody()).doesNotContain("上传附件");
  }

  @Test
  void whoeverStartedTheCaseAddsFilesButOthersOfTheUnionWhoDoNotWorkOnItAreRefused() {
    String task = (String) demo.tasks("ps-officer2", businessKey).get(0).get("id");
    assertThat(demo.as("ps-officer2").postForEntity("/engine-rest/task/" + task + "/claim",
        Map.of("userId", "ps-officer2"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // ps-officer1 no longer holds the visit but started the case; ps-treasurer reads aid cases but works on none
    assertThat(upload("ps-officer1", caseId, "a.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(upload("ps-treasurer", caseId, "b.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(list("ps-treasurer", caseId)).containsEntry("mayAdd", false);
    // group leaders neither read aid cases nor work on this one
    assertThat(status("ps-leader1", "/api/cases/" + caseId + "/attachments")).isEqualTo(HttpStatus.FORBIDDEN);
    Object href = files(list("ps-officer2", caseId)).get(0).get("href");
    assertThat(status("ps-leader1", (String) href)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("ps-leader1", caseId, "c.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(files(list("ps-officer2", caseId))).hasSize(1);
  }

  @Test
  void anotherUnionsOfficerFindsNeitherTheCaseNorItsFiles() {
    Object href = upload("ps-officer1", caseId, "a.pdf", PDF).getBody().get("href");

    assertThat(status("ms-officer1", "/api/cases/" + caseId + "/attachments")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("ms-chair", (String) href)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(upload("ms-officer1", caseId, "b.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity((String) href, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void filesAreAddedOnlyWhileTheCaseRunsAndOnlyToProcessesThatTakeThem() {
    // an income far above the line: the case ends at once as not eligible
    String ended = (String) apply(99_999.0).get("id");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(ended).count()).isZero();

    assertRefused(upload("ps-officer1", ended, "late.pdf", PDF), "案件已结束");
    assertThat(list("ps-chair", ended)).containsEntry("running", false);
    String visit = runtime.createProcessInstanceQuery().processDefinitionKey("fiveMandatoryVisits").list().stream()
        .findFirst().map(instance -> instance.getId()).orElse("no-visit");
    assertThat(upload("ps-officer1", visit, "visit.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theTasksOfTheCaseTellTheirFormsTheCaseInstanceId() {
    String task = (String) demo.tasks("ps-officer1", businessKey).get(0).get("id");

    assertThat(demo.as("ps-officer1").exchange("/engine-rest/task/" + task + "/localVariables/caseInstanceId",
        HttpMethod.GET, null, JSON).getBody()).containsEntry("value", caseId);
  }

  private ResponseEntity<Map<String, Object>> upload(String user, String caseInstanceId, String name, byte[] content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return demo.as(user).exchange("/api/cases/" + caseInstanceId + "/attachments", HttpMethod.POST, multipart(form),
        JSON);
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(form, headers);
  }

  private Map<String, Object> list(String user, String caseInstanceId) {
    ResponseEntity<Map<String, Object>> answer = demo.as(user).exchange("/api/cases/" + caseInstanceId
        + "/attachments", HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> files(Map<String, Object> listed) {
    return (List<Map<String, Object>>) listed.get("files");
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(demo.as(user).exchange(path, HttpMethod.GET, null, byte[].class).getStatusCode().value());
  }

  @SuppressWarnings("unchecked")
  private static void assertRefused(ResponseEntity<Map<String, Object>> answer, String message) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) answer.getBody().get("fieldErrors")).singleElement()
        .satisfies(error -> {
          assertThat(error.get("field")).isEqualTo("file");
          assertThat(error.get("message")).startsWith(message).contains(" / ");
        });
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("收入证明 / Income certificate");
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] xls() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("收支").createRow(0).createCell(0).setCellValue(320.50);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] zipOf(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("not a document".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /** The officer's name as the demo's account has it (family name first), not the user id. */
  private String officersName() {
    User officer = identity.createUserQuery().userId("ps-officer1").singleResult();
    assertThat(officer.getLastName()).isNotBlank();
    return officer.getLastName() + officer.getFirstName();
  }
}
