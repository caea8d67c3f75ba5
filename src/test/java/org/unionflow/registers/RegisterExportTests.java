package org.unionflow.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.fund.FundLedgerService;
import org.unionflow.fund.Payment;

/** The registers' XLSX downloads, read back with Apache POI: the same rows and totals as the registers. */
@UnionFlowTest
class RegisterExportTests {

  @Autowired DemoUsersOverHttp demo;
  @Autowired FundLedgerService fund;
  @Autowired Clock clock;

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
}
