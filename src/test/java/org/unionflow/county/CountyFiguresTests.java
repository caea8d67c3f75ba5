package org.unionflow.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.JSON_LIST;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.demo.DemoData;
import org.unionflow.platform.unions.UnionTree;
import org.unionflow.visits.VisitScenario;

/**
 * The year's figures over REST for a county of new base unions whose visits ran through the engine: each base
 * union's and the total, the rows behind them, the downloads read back, and who may read which union.
 */
@UnionFlowTest
class CountyFiguresTests {

  private static final int YEAR = UnionDay.today().getYear();
  /** The half of the year without today's cases. */
  private static final String OTHER_HALF = UnionDay.today().getMonthValue() <= 6 ? "h2" : "h1";

  @Autowired TestCounty counties;
  @Autowired UnionTree tree;
  @Autowired VisitScenario visits;
  @Autowired DemoUsersOverHttp demo;
  @Autowired TestRestTemplate anonymous;

  /** Two base unions: three visits paid (300.00 each) and one not yet made. */
  private TestCounty.County countyWithVisits() {
    TestCounty.County county = counties.create(2);
    visits.paid(county.bases().get(0));
    visits.paid(county.bases().get(0));
    visits.atRecordVisit(county.bases().get(0));
    visits.paid(county.bases().get(1));
    return county;
  }

  @Test
  void aCountyReadsEachOfItsBaseUnionsAndTheirTotal() {
    TestCounty.County county = countyWithVisits();

    Map<String, Object> report = get(county.reader(), "/api/county/figures?year=" + YEAR);

    List<Map<String, Object>> unions = list(report.get("unions"));
    assertThat(unions).extracting(u -> u.get("unionId")).containsExactlyElementsOf(county.bases());
    assertFigures(unions.get(0), Map.of("MEMBERS", "1", "VISITS", "2", "VISIT_MONEY", "600.00",
        "BUDGET", "5000.00", "SPENT", "600.00"));
    assertThat(amount(unions.get(0).get("executionRate"))).isEqualByComparingTo("0.12");
    assertThat(list(unions.get(0).get("visits"))).singleElement().satisfies(tally -> {
      assertThat(tally).containsEntry("code", "HOSPITALISATION").containsEntry("count", 2);
      assertThat(amount(tally.get("amount"))).isEqualByComparingTo("600.00");
    });
    assertFigures(unions.get(1), Map.of("VISITS", "1", "VISIT_MONEY", "300.00"));
    Map<String, Object> total = map(report.get("total"));
    assertFigures(total, Map.of("MEMBERS", "2", "VISITS", "3", "VISIT_MONEY", "900.00", "BUDGET", "10000.00",
        "SPENT", "900.00"));
    assertThat(amount(total.get("executionRate"))).isEqualByComparingTo("0.09");

    Map<String, Object> otherHalf = get(county.reader(), "/api/county/figures?year=" + YEAR + "&period=" + OTHER_HALF);
    assertFigures(map(otherHalf.get("total")), Map.of("VISITS", "0", "VISIT_MONEY", "0", "SPENT", "0",
        "BUDGET", "10000.00"));
  }

  @Test
  void aBaseUnionDrillsDownToTheRowsBehindItsFigures() {
    TestCounty.County county = countyWithVisits();
    String base = county.bases().get(0);

    Map<String, Object> figures = get(county.reader(), "/api/county/figures/" + base + "?year=" + YEAR);
    List<Map<String, Object>> rows = demo.as(county.reader()).exchange("/api/county/figures/" + base
        + "/rows?source=VISITS&year=" + YEAR, HttpMethod.GET, null, JSON_LIST).getBody();

    assertFigures(figures, Map.of("VISITS", String.valueOf(rows.size())));
    assertThat(rows).hasSize(2).allSatisfy(row -> {
      assertThat(row).containsEntry("day", UnionDay.today().toString()).containsEntry("status", "RECORDED");
      assertThat(amount(row.get("amount"))).isEqualByComparingTo("300.00");
    });
    List<Map<String, Object>> spending = demo.as(county.reader()).exchange("/api/county/figures/" + base
        + "/rows?source=LEDGER&year=" + YEAR, HttpMethod.GET, null, JSON_LIST).getBody();
    assertThat(spending).extracting(row -> amount(row.get("amount")).setScale(2).toPlainString())
        .containsExactly("300.00", "300.00");
  }

  @Test
  void eachReadsOnlyTheUnionsBelowIt() {
    TestCounty.County county = countyWithVisits();
    TestCounty.County other = counties.create(1);

    assertThat(list(get(other.reader(), "/api/county/figures").get("unions"))).extracting(u -> u.get("unionId"))
        .containsExactlyElementsOf(other.bases());
    assertThat(status(other.reader(), "/api/county/figures/" + county.bases().get(0))).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(county.reader(), "/api/county/figures/union-ps1")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(county.reader(), "/api/county/figures/" + county.bases().get(1) + "/rows?source=AID"))
        .isEqualTo(HttpStatus.OK);

    assertThat(list(get("ps-chair", "/api/county/figures").get("unions"))).extracting(u -> u.get("unionId"))
        .containsExactly("union-ps1");
    assertThat(status("ps-chair", "/api/county/figures/union-ps1/rows?source=VISITS")).isEqualTo(HttpStatus.OK);
    assertThat(status("ps-chair", "/api/county/figures/union-ms2")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("ps-chair", "/api/county/figures/" + county.bases().get(0))).isEqualTo(HttpStatus.NOT_FOUND);
    // the figures add up the union's ledger: those who may not read it may not read them
    assertThat(status("ps-leader1", "/api/county/figures")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(counties.outsider(), "/api/county/figures")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anonymous.getForEntity("/api/county/figures", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theDemoCountysPeopleReadItsThreeBaseUnions() {
    // other tests of the shared context may open more base unions under the demo county (UnionAdminTests)
    List<String> under = tree.baseUnionsUnder(DemoData.COUNTY_ID);
    assertThat(under).contains("union-kg3", "union-ms2", "union-ps1");
    for (String person : List.of("county-chair", "county-officer", "county-auditor")) {
      assertThat(list(get(person, "/api/county/figures").get("unions"))).as(person).extracting(u -> u.get("unionId"))
          .containsExactlyElementsOf(under);
    }
    assertThat(get("county-chair", "/api/county/figures")).containsEntry("unionId", DemoData.COUNTY_ID);
    assertThat(status("ps-chair", "/api/county/figures/union-kg3")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aBadPeriodIsRefusedAtItsField() {
    ResponseEntity<Map<String, Object>> response = demo.as("ps-chair").exchange("/api/county/figures?period=13-14",
        HttpMethod.GET, null, JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list(response.getBody().get("fieldErrors"))).extracting(e -> e.get("field")).containsExactly("period");
  }

  @Test
  void theWorkbookHasARowPerBaseUnionAndTheTotal() throws IOException {
    TestCounty.County county = countyWithVisits();

    byte[] xlsx = demo.as(county.reader()).getForEntity("/api/county/figures.xlsx?year=" + YEAR, byte[].class)
        .getBody();

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet summary = workbook.getSheet("汇总 Summary");
      int visitsColumn = column(summary, Figure.VISITS.label());
      int moneyColumn = column(summary, Figure.VISIT_MONEY.label());
      assertThat(summary.getLastRowNum()).isEqualTo(3);
      assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("测试学校 " + county.bases().get(0));
      assertThat(summary.getRow(1).getCell(visitsColumn).getNumericCellValue()).isEqualTo(2);
      assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo(UnionFigures.TOTAL);
      assertThat(summary.getRow(3).getCell(moneyColumn).getNumericCellValue()).isEqualTo(900.0);
      assertThat(workbook.getSheet("走访 Visits").getLastRowNum()).as("a union's event row each, and the total's")
          .isEqualTo(3);
    }
  }

  @Test
  void thePrintableReportStatesTheFiguresAsAWorkSummaryDoes() throws IOException {
    TestCounty.County county = countyWithVisits();

    byte[] pdf = demo.as(county.reader()).getForEntity("/api/county/figures.pdf?year=" + YEAR, byte[].class)
        .getBody();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text).contains(YEAR + "年工作总结数据").contains("一、基本情况").contains("本会所属基层工会2个，会员2人")
          .contains("三、走访慰问").contains("走访慰问职工3人次，发放慰问金¥900.00")
          .contains("预算执行率9%").contains("七、各基层工会情况").contains("测试学校" + county.bases().get(1));
    }
  }

  private Map<String, Object> get(String user, String path) {
    ResponseEntity<Map<String, Object>> response = demo.as(user).exchange(path, HttpMethod.GET, null, JSON);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(demo.as(user).getForEntity(path, String.class).getStatusCode().value());
  }

  private static void assertFigures(Map<String, Object> union, Map<String, String> expected) {
    Map<String, Object> figures = map(union.get("figures"));
    expected.forEach((figure, value) -> assertThat(amount(figures.get(figure))).as(figure)
        .isEqualByComparingTo(value));
  }

  private static int column(Sheet sheet, String header) {
    Row row = sheet.getRow(0);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      if (row.getCell(c).getStringCellValue().equals(header)) {
        return c;
      }
    }
    throw new AssertionError("no column " + header);
  }

  static BigDecimal amount(Object value) {
    return new BigDecimal(value.toString());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
