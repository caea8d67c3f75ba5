package org.unionflow.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;
import static org.unionflow.DemoUsersOverHttp.typed;
import static org.unionflow.DemoUsersOverHttp.value;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.Payment;
import org.unionflow.expenses.ExpenseProcess;
import org.unionflow.trail.TrailCases;

/** The registers' XLSX downloads, read back with Apache POI: the same rows and totals as the registers. */
@UnionFlowTest
class RegisterExportTests {

  @Autowired DemoUsersOverHttp demo;
  @Autowired FundLedgerService fund;
  @Autowired Clock clock;
  @Autowired TrailCases cases;

  @Test
  void treasurersMonthOfTheLedgerAddsUpToTheLedgersTotal() throws IOException {
    LocalDate today = LocalDate.now(clock);
    LocalDate from = today.withDayOfMonth(1);
    LocalDate to = today.withDayOfMonth(today.lengthOfMonth());
    fund.book(new Payment("union-ps1", BudgetCategory.CULTURE_SPORTS, today, new BigDecimal("1234.50"),
        "Sports day / 运动会", "RX-" + UUID.randomUUID(), null, "ps-treasurer"));
    String range = "?from=" + from + "&to=" + to;
    Map<String, Object> period = demo.as("ps-treasurer").exchange("/api/fund/ledger/period" + range, HttpMethod.GET,
        null, JSON).getBody();

    ResponseEntity<byte[]> xlsx = demo.as("ps-treasurer").getForEntity("/api/fund/ledger.xlsx" + range, byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Amount / 金额");
      BigDecimal expenses = BigDecimal.ZERO;
      int entries = 0;
      DataFormatter shown = new DataFormatter();
      for (Row row : sheet) {
        if (row.getRowNum() == 0 || row.getCell(0) == null) {
          continue;
        }
        entries++;
        assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isBetween(from, to);
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        if ("EXPENSE".equals(row.getCell(2).getStringCellValue())) {
          expenses = expenses.add(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()));
        }
        if ("1234.50".equals(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()).setScale(2).toPlainString())) {
          assertThat(shown.formatCellValue(row.getCell(5))).isEqualTo("¥1,234.50");
        }
      }
      assertThat(entries).isEqualTo(((java.util.List<?>) period.get("entries")).size());
      assertThat(expenses.setScale(2, RoundingMode.HALF_UP))
          .isEqualByComparingTo(new BigDecimal(period.get("expenseTotal").toString()));
    }
  }

  @Test
  void memberRegisterDownloadsAsManyRowsAsItHolds() throws IOException {
    Map<String, Object> page = demo.as("ps-officer1").exchange("/api/members?size=1", HttpMethod.GET, null, JSON)
        .getBody();
    int total = ((Number) ((Map<?, ?>) page.get("page")).get("totalElements")).intValue();
    byte[] xlsx = demo.as("ps-officer1").getForObject("/api/members/export.xlsx", byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(total);
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).contains("/");
    }
    byte[] leaders = demo.as("ps-leader1").getForObject("/api/members/export.xlsx", byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(leaders))) {
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(8)).as("no phone for a group leader").isNull();
    }
  }

  /** Where a register's rows are read, downloaded, and which column holds the status and a moment of the row. */
  private record Download(String reader, String list, String export, String key, int statusColumn,
      String statusHeader, String momentField, int momentColumn) {
  }

  @Test
  void motionsAidExpensesAndAuditsDownloadTheirRowsWithLabelsAndBeijingTimes() throws IOException {
    String motion = cases.motion("More shade in the playground / 操场遮阳");
    String aid = cases.aidApplication("PS-0014");
    String expense = expense();
    ResponseEntity<Map<String, Object>> audit = demo.as("ps-auditor1").exchange("/api/fund/audits", HttpMethod.POST,
        new HttpEntity<>(Map.of("periodStart", "2025-05-01", "periodEnd", "2025-05-31")), JSON);
    assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    for (Download d : List.of(
        new Download("ps-leader1", "/api/motions", "/api/motions/export", motion, 7, "Status / 状态", "submittedAt", 6),
        new Download("ps-officer1", "/api/aid/cases", "/api/aid/cases/export", aid, 9, "Status / 状态", "openedAt", 10),
        new Download("ps-treasurer", "/api/fund/expenses", "/api/fund/expenses/export", expense, 9, "Status / 状态",
            "requestedAt", 8),
        new Download("ps-auditor1", "/api/fund/audits", "/api/fund/audits/export",
            (String) audit.getBody().get("businessKey"), 5, "Status / 状态", "startedAt", 4))) {
      List<Map<String, Object>> rows = rows(d);
      Map<String, Object> row = rows.stream().filter(r -> d.key().equals(r.get("businessKey"))).findFirst()
          .orElseThrow();
      ResponseEntity<byte[]> xlsx = demo.as(d.reader()).getForEntity(d.export() + ".xlsx", byte[].class);
      assertThat(xlsx.getStatusCode()).as(d.export()).isEqualTo(HttpStatus.OK);
      assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
        Sheet sheet = workbook.getSheetAt(0);
        assertThat(sheet.getLastRowNum()).as(d.export()).isEqualTo(rows.size());
        assertThat(sheet.getRow(0).getCell(d.statusColumn()).getStringCellValue()).isEqualTo(d.statusHeader());
        Row mine = null;
        for (Row r : sheet) {
          if (d.key().equals(r.getCell(0).getStringCellValue())) {
            mine = r;
          }
        }
        assertThat(mine).as(d.key()).isNotNull();
        String status = mine.getCell(d.statusColumn()).getStringCellValue();
        assertThat(status).as("a label, not the code").contains(" / ").doesNotContain((String) row.get("status"));
        LocalDateTime moment = LocalDateTime.ofInstant(Instant.parse((String) row.get(d.momentField())),
            clock.getZone()).truncatedTo(ChronoUnit.MINUTES);
        assertThat(mine.getCell(d.momentColumn()).getLocalDateTimeCellValue()).as("Beijing time").isEqualTo(moment);
        assertThat(new DataFormatter().formatCellValue(mine.getCell(d.momentColumn())))
            .isEqualTo(moment.toString().replace('T', ' '));
      }
      String csv = demo.as(d.reader()).getForObject(d.export() + ".csv", String.class);
      assertThat(csv).startsWith("\uFEFFCase / 编号,").contains(d.key()).contains(moment(row, d).replace('T', ' '));
    }
  }

  private String moment(Map<String, Object> row, Download d) {
    return LocalDateTime.ofInstant(Instant.parse((String) row.get(d.momentField())), clock.getZone())
        .truncatedTo(ChronoUnit.MINUTES).toString();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(Download d) {
    if (d.list().endsWith("/audits")) {
      return demo.as(d.reader()).exchange(d.list(), HttpMethod.GET, null, JSON_LIST).getBody();
    }
    Map<String, Object> page = demo.as(d.reader()).exchange(d.list() + "?size=2000", HttpMethod.GET, null, JSON)
        .getBody();
    return (List<Map<String, Object>>) page.get("content");
  }

  private String expense() {
    long line = demo.as("ps-officer1").exchange("/api/fund/budget-lines", HttpMethod.GET, null, JSON_LIST).getBody()
        .stream().filter(budget -> "CULTURE_SPORTS".equals(budget.get("category")))
        .map(budget -> ((Number) budget.get("id")).longValue()).findFirst().orElseThrow();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ExpenseProcess.PURPOSE, value("Choir costumes / 合唱服装"));
    variables.put(ExpenseProcess.CATEGORY, value("CULTURE_SPORTS"));
    variables.put(ExpenseProcess.BUDGET_LINE_ID, typed(line, "Long"));
    variables.put(ExpenseProcess.AMOUNT, value("860.00"));
    variables.put(ExpenseProcess.PAYEE, value("Costume shop / 服装店"));
    variables.put(ExpenseProcess.PLANNED_DATE, value(UnionDay.today().toString()));
    return cases.start("ps-officer1", ExpenseProcess.KEY, variables);
  }
}
