package org.unionflow.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.audit.AuditProcess;
import org.unionflow.expenses.ExpenseProcess;

/**
 * An expense and an audit worked by the demo users of union-ps1 over authenticated {@code /engine-rest}, the
 * audit's totals checked against the ledger, and the fund read and downloaded through the domain REST.
 */
@UnionFlowTest
class FundRestTests {

  private static final String TODAY = UnionDay.today().toString();
  private static final ObjectMapper ROWS = new ObjectMapper();

  @Autowired DemoUsersOverHttp demo;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;

  @Test
  void anExpenseIsVotedApprovedPaidAndAuditedAndTheReportIsPublished() throws IOException {
    String expenseKey = requestExpense("2500.00");
    for (String member : List.of("ps-chair", "ps-officer1", "ps-officer2")) {
      demo.completeAs(member, expenseKey, ExpenseProcess.VOTE_ON_EXPENSE,
          Map.of(ExpenseProcess.VOTE, value(ExpenseProcess.FOR)));
    }
    demo.completeAs("ps-chair", expenseKey, ExpenseProcess.APPROVE_EXPENSE,
        Map.of(ExpenseProcess.APPROVAL, value(ExpenseProcess.APPROVED)));
    assertThat(demo.tasks("ps-officer1", expenseKey)).isEmpty();
    demo.completeAs("ps-treasurer", expenseKey, ExpenseProcess.PAY_EXPENSE, Map.of(ExpenseProcess.PAID_ON,
        value(TODAY), ExpenseProcess.PAYMENT_METHOD, value("BANK_TRANSFER")));

    Map<String, Object> expense = get("ps-auditor1", "/api/fund/expenses/" + expenseKey);
    assertThat(expense).containsEntry("status", "PAID").containsEntry("route", "COMMITTEE")
        .containsEntry("votesFor", 3).containsEntry("requestedBy", "ps-officer1");
    assertThat((String) expense.get("voucherNo")).startsWith("PZ-" + UnionDay.today().getYear() + "-");
    assertThat((List<Map<String, Object>>) expense.get("votes")).extracting(v -> v.get("voter"))
        .containsExactlyInAnyOrder("ps-chair", "ps-officer1", "ps-officer2");
    Map<String, Object> paid = get("ps-chair", "/api/fund/expenses?status=PAID&category=CULTURE_SPORTS&from=" + TODAY
        + "&to=" + TODAY + "&size=100");
    assertThat((List<Map<String, Object>>) paid.get("content")).extracting(e -> e.get("businessKey"))
        .contains(expenseKey);

    ResponseEntity<Map<String, Object>> started = demo.as("ps-auditor1").exchange("/api/fund/audits",
        HttpMethod.POST, new HttpEntity<>(Map.of("periodStart", TODAY, "periodEnd", TODAY)), JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String auditKey = (String) started.getBody().get("businessKey");
    demo.completeAs("ps-treasurer", auditKey, AuditProcess.PREPARE_AUDIT_PACKAGE,
        Map.of(AuditProcess.PACKAGE_CONFIRMED, typed(true, "Boolean")));
    for (String auditor : List.of("ps-auditor1", "ps-auditor2")) {
      demo.completeAs(auditor, auditKey, AuditProcess.REVIEW_VOUCHERS,
          Map.of(AuditProcess.FINDINGS, typed(everyVoucherInOrder(auditor, auditKey), "Json")));
    }
    demo.completeAs("ps-auditor2", auditKey, AuditProcess.DRAFT_AUDIT_REPORT,
        Map.of(AuditProcess.CONCLUSION, value("Every sampled voucher is in order / 抽查凭证均合规")));
    demo.completeAs("ps-auditor1", auditKey, AuditProcess.VOTE_ON_AUDIT_REPORT,
        Map.of(AuditProcess.VOTE, value(AuditProcess.FOR)));
    assertThat(voteAsSomeoneElse("ps-auditor1", auditKey).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    demo.completeAs("ps-auditor2", auditKey, AuditProcess.VOTE_ON_AUDIT_REPORT,
        Map.of(AuditProcess.VOTE, value(AuditProcess.FOR)));

    Map<String, Object> audit = get("ps-auditor2", "/api/fund/audits/" + auditKey);
    Map<String, Object> ledger = get("ps-auditor2", "/api/fund/ledger/period?from=" + TODAY + "&to=" + TODAY);
    assertThat(audit).containsEntry("status", "PUBLISHED").containsEntry("votesFor", 2)
        .containsEntry("expenseTotal", ledger.get("expenseTotal"))
        .containsEntry("voucherCount", ((List<?>) ledger.get("entries")).size());
    assertThat(new BigDecimal(ledger.get("expenseTotal").toString())).isGreaterThanOrEqualTo(new BigDecimal("2500"));
    assertThat((List<Map<String, Object>>) audit.get("samples")).extracting(s -> s.get("voucherNo"))
        .contains(expense.get("voucherNo"));

    Map<String, Object> report = get("ps-leader1", "/api/fund/audits/" + auditKey + "/report");
    assertThat(report).containsEntry("conclusion", "Every sampled voucher is in order / 抽查凭证均合规");
    ResponseEntity<byte[]> pdf = demo.as("ps-leader1").getForEntity("/api/fund/audits/" + auditKey + "/report.pdf",
        byte[].class);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document)).contains(auditKey).contains("经费审查报告")
          .contains("抽查凭证均合规");
    }
    String csv = new String(demo.as("ps-leader1").getForEntity("/api/fund/audits/" + auditKey + "/report.csv",
        byte[].class).getBody(), StandardCharsets.UTF_8);
    assertThat(csv).contains("Conclusion / 结论").contains("round / 轮次 1,ps-auditor1");
  }

  @Test
  void theLedgerAndBudgetExecutionDownloadAsCsvForTheFundsReaders() {
    String ledgerCsv = new String(demo.as("ps-auditor1").getForEntity("/api/fund/ledger.csv?from=" + TODAY + "&to="
        + TODAY, byte[].class).getBody(), StandardCharsets.UTF_8);
    assertThat(ledgerCsv).startsWith("\uFEFFDate / 日期,Voucher / 凭证号");
    ResponseEntity<byte[]> execution = demo.as("ps-treasurer").getForEntity("/api/fund/budget-execution.csv?from="
        + TODAY + "&to=" + TODAY, byte[].class);
    assertThat(execution.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(new String(execution.getBody(), StandardCharsets.UTF_8)).contains("文体活动");
    List<Map<String, Object>> lines = demo.as("ps-chair").exchange("/api/fund/budget-execution?from=" + TODAY
        + "&to=" + TODAY, HttpMethod.GET, null, JSON_LIST).getBody();
    assertThat(lines).extracting(l -> l.get("category")).contains("CULTURE_SPORTS", "EDUCATION");
    assertThat(demo.as("ps-leader1").exchange("/api/fund/expenses", HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badAmountsAndPeriodsAreRefusedWithTheFieldNamed() {
    for (Object amount : List.of("12.345", "0", "-1", "abc")) {
      ResponseEntity<Map<String, Object>> refused = submitExpense(amount);
      assertThat(refused.getStatusCode()).as("amount %s", amount).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(fields(refused)).as("amount %s", amount).containsExactly(ExpenseProcess.AMOUNT);
    }
    ResponseEntity<Map<String, Object>> backwards = demo.as("ps-auditor1").exchange("/api/fund/audits",
        HttpMethod.POST, new HttpEntity<>(Map.of("periodStart", TODAY, "periodEnd", "2000-01-01")), JSON);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(backwards)).containsExactly(AuditProcess.PERIOD_END);
    ResponseEntity<Map<String, Object>> ledger = demo.as("ps-auditor1").exchange(
        "/api/fund/ledger/period?from=" + TODAY + "&to=2000-01-01", HttpMethod.GET, null, JSON);
    assertThat(ledger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(ledger)).containsExactly("to");
    assertThat(demo.as("ps-officer1").exchange("/api/fund/audits", HttpMethod.POST,
        new HttpEntity<>(Map.of("periodStart", TODAY, "periodEnd", TODAY)), JSON).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theRequesterWithdrawsAnExpenseAndNoOneElseCan() {
    String expenseKey = requestExpense("150.00");
    assertThat(demo.as("ps-officer2").exchange("/api/fund/expenses/" + expenseKey + "/withdrawal", HttpMethod.POST,
        null, JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> withdrawn = demo.as("ps-officer1").exchange("/api/fund/expenses/"
        + expenseKey + "/withdrawal", HttpMethod.POST, null, JSON);
    assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN").containsEntry("voucherNo", null);
    assertThat(demo.tasks("ps-chair", expenseKey)).isEmpty();
  }

  @Test
  void officersStartExpensesAndAuditorsStartAudits() {
    assertThat(mayStart("ps-officer1", ExpenseProcess.KEY)).isTrue();
    assertThat(mayStart("ps-treasurer", ExpenseProcess.KEY)).isFalse();
    assertThat(mayStart("ps-auditor1", AuditProcess.KEY)).isTrue();
    assertThat(mayStart("ps-treasurer", AuditProcess.KEY)).isFalse();
  }

  private boolean mayStart(String userId, String processKey) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return authorizations.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, processKey);
  }

  private String requestExpense(String amount) {
    ResponseEntity<Map<String, Object>> started = submitExpense(amount);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  private ResponseEntity<Map<String, Object>> submitExpense(Object amount) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ExpenseProcess.PURPOSE, value("Teachers' basketball match / 教工篮球赛"));
    variables.put(ExpenseProcess.CATEGORY, value("CULTURE_SPORTS"));
    variables.put(ExpenseProcess.BUDGET_LINE_ID, typed(cultureLine(), "Long"));
    variables.put(ExpenseProcess.AMOUNT, value(amount));
    variables.put(ExpenseProcess.PAYEE, value("Sports shop / 体育用品店"));
    variables.put(ExpenseProcess.PLANNED_DATE, value(TODAY));
    return demo.as("ps-officer1").exchange("/engine-rest/process-definition/key/" + ExpenseProcess.KEY
        + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON);
  }

  private long cultureLine() {
    return demo.as("ps-officer1").exchange("/api/fund/budget-lines", HttpMethod.GET, null, JSON_LIST).getBody()
        .stream().filter(line -> "CULTURE_SPORTS".equals(line.get("category")))
        .map(line -> ((Number) line.get("id")).longValue()).findFirst().orElseThrow();
  }

  /** The auditor's form as it starts, one row per sampled voucher, each marked in order: the rows as Json. */
  private String everyVoucherInOrder(String auditor, String auditKey) throws IOException {
    Map<String, Object> task = demo.tasks(auditor, auditKey).stream()
        .filter(t -> auditor.equals(t.get("assignee"))).findFirst().orElseThrow();
    // as Tasklist reads it: the Json as text
    Map<String, Object> variable = get(auditor, "/engine-rest/task/" + task.get("id") + "/variables/"
        + AuditProcess.FINDINGS + "?deserializeValue=false");
    assertThat(variable).containsEntry("type", "Json");
    List<Map<String, Object>> rows = ROWS.readValue((String) variable.get("value"), new TypeReference<>() { });
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).containsOnlyKeys(AuditProcess.VOUCHER_NO));
    rows.forEach(row -> row.putAll(Map.of(AuditProcess.RESULT, AuditProcess.OK, AuditProcess.NOTE, "")));
    return ROWS.writeValueAsString(rows);
  }

  private ResponseEntity<Map<String, Object>> voteAsSomeoneElse(String auditor, String auditKey) {
    Map<String, Object> othersVote = demo.tasks(auditor, auditKey).stream()
        .filter(t -> AuditProcess.VOTE_ON_AUDIT_REPORT.equals(t.get("taskDefinitionKey")))
        .filter(t -> !auditor.equals(t.get("assignee"))).findFirst().orElseThrow();
    ResponseEntity<Map<String, Object>> refused = demo.as(auditor).exchange("/engine-rest/task/" + othersVote.get("id")
        + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of("variables",
        Map.of(AuditProcess.VOTE, value(AuditProcess.AGAINST)))), JSON);
    assertThat(fields(refused)).containsExactly(AuditProcess.VOTE);
    return refused;
  }

  private Map<String, Object> get(String user, String path) {
    ResponseEntity<Map<String, Object>> response = demo.as(user).exchange(path, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, String>>) response.getBody().get("fieldErrors")).stream().map(e -> e.get("field"))
        .toList();
  }
}
