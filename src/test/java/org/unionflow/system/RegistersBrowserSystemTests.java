package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.unionflow.UnionDay;
import org.unionflow.aid.AidProcess;

/**
 * Real Chromium (zh-CN) against the packaged app, on the webapps' login: an officer finds a member by Chinese name,
 * adds one, and is refused a duplicate staff number at the field; the treasurer downloads the month's ledger as
 * XLSX (read back with POI); a group leader objects to an aid notice, which sends the case back to the committee;
 * an officer of the other union sees none of it; a dashboard bar's link opens the visit ledger at one step.
 * Screenshots go to target/screenshots/.
 */
class RegistersBrowserSystemTests extends BrowserTestSupport {

  @Test
  void anOfficerFindsAMemberByChineseNameAddsOneAndIsRefusedADuplicateStaffNumberAtTheField() throws Exception {
    String name = new RestClient(app.baseUrl(), "ps-officer1", "demo").get("/api/members?search=PS-0007").body()
        .get("content").get(0).get("name").asText();
    logIn("/camunda/app/tasklist/", "ps-officer1");

    driver.get(app.baseUrl() + "/registers/members.html");
    wait.until(textToBePresentInElementLocated(By.cssSelector("header .me"), nameOf("ps-officer1")));
    wait.until(textToBePresentInElementLocated(By.id("pager"), "共"));
    driver.findElement(By.id("search")).sendKeys(name);
    driver.findElement(By.id("find")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#rows tbody"), "PS-0007"));
    assertThat(driver.findElement(By.cssSelector("#rows tbody")).getText()).contains(name);
    screenshot("registers-01-member-found-by-name");

    addMember("PS-7001", "林小雨");
    wait.until(invisibilityOfElementLocated(By.id("editor")));
    WebElement search = driver.findElement(By.id("search"));
    search.clear();
    search.sendKeys("林小雨");
    driver.findElement(By.id("find")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#rows tbody"), "PS-7001"));

    addMember("PS-7001", "林小雨");
    By staffNoError = By.cssSelector("#memberForm .error[data-field='staffNo']");
    wait.until(textToBePresentInElementLocated(staffNoError, "PS-7001"));
    assertThat(driver.findElement(By.cssSelector("#memberForm .error[data-field='name']")).getText()).isEmpty();
    assertThat(driver.findElement(By.id("editor")).isDisplayed()).isTrue();
    screenshot("registers-02-duplicate-staff-number-refused");
  }

  @Test
  void theTreasurerSeesTheMonthsLedgerWithBudgetExecution() throws Exception {
    logIn("/camunda/app/tasklist/", "ps-treasurer");
    driver.get(app.baseUrl() + "/registers/ledger.html");
    wait.until(textToBePresentInElementLocated(By.id("totals"), "支出 / Expense"));
    wait.until(visibilityOfElementLocated(By.cssSelector("#execution tbody tr")));
    assertThat(driver.findElement(By.id("execution")).getText()).contains("¥");
    assertThat(driver.findElement(By.id("xlsx")).getAttribute("href")).contains("/api/fund/ledger.xlsx?from=");
    screenshot("registers-03-ledger-and-budget-execution");
  }

  @Test
  void theTreasurerDownloadsTheMonthsLedgerAsXlsxThatAddsUpToTheLedger() throws Exception {
    String visit = paidHospitalisation("PS-0011");
    logIn("/camunda/app/tasklist/", "ps-treasurer");
    driver.get(app.baseUrl() + "/registers/ledger.html");
    driver.findElement(By.id("find")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#rows tbody"), visit));
    screenshot("registers-04-treasurer-ledger-of-the-month");

    String href = driver.findElement(By.id("xlsx")).getAttribute("href");
    assertThat(href).contains("/api/fund/ledger.xlsx?from=" + UnionDay.today().withDayOfMonth(1));
    byte[] xlsx = fetchInPage(href);
    JsonNode ledger = new RestClient(app.baseUrl(), "ps-treasurer", PASSWORD)
        .get("/api/fund/ledger/period" + href.substring(href.indexOf('?'))).body();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Amount / 金额");
      BigDecimal expenses = BigDecimal.ZERO;
      boolean found = false;
      for (Row row : sheet) {
        if (row.getRowNum() == 0 || row.getCell(0) == null) {
          continue;
        }
        if ("EXPENSE".equals(row.getCell(2).getStringCellValue())) {
          expenses = expenses.add(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()));
        }
        found |= row.getCell(8) != null && visit.equals(row.getCell(8).getStringCellValue());
      }
      assertThat(found).as("the visit's payment is in the download").isTrue();
      assertThat(expenses).isPositive().isEqualByComparingTo(ledger.get("expenseTotal").decimalValue());
    }
  }

  @Test
  void aGroupLeaderObjectsToAnAidNoticeAndTheCaseGoesBackToTheCommittee() throws Exception {
    String aid = aidOnNotice("PS-0012");
    String name = new RestClient(app.baseUrl(), "ps-officer1", PASSWORD).get("/api/members?search=PS-0012").body()
        .get("content").get(0).get("name").asText();
    logIn("/camunda/app/tasklist/", "ps-leader1");
    driver.get(app.baseUrl() + "/registers/notices.html");
    By notice = By.cssSelector("section.notice[data-key='" + aid + "']");
    WebElement section = wait.until(visibilityOfElementLocated(notice));
    assertThat(section.getText()).contains(name.charAt(0) + "*").doesNotContain(name).contains("¥3,000.00")
        .contains("天");
    assertThat(section.findElements(By.cssSelector(".on-behalf"))).as("a leader records only their own").isEmpty();
    assertThat(section.findElement(By.cssSelector("a.pdf")).getAttribute("href")).endsWith("/api/aid/notices/" + aid
        + ".pdf");
    section.findElement(By.name("reason")).sendKeys("家中新购住房 / They bought a new flat");
    scrollTo(section);
    screenshot("registers-05-leader-objects-to-a-notice");
    section.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(textToBePresentInElementLocated(notice, "退回委员会"));
    screenshot("registers-06-objection-lodged");

    JsonNode review = new RestClient(app.baseUrl(), "ps-chair", PASSWORD)
        .get("/engine-rest/task?processInstanceBusinessKey=" + aid + "&taskDefinitionKey=" + AidProcess.REVIEW_CASE)
        .body();
    assertThat(review).as("the committee reviews the case again").hasSize(1);
    JsonNode aidCase = new RestClient(app.baseUrl(), "ps-chair", PASSWORD).get("/api/aid/cases/" + aid).body();
    assertThat(aidCase.get("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(aidCase.get("objections").get(0).get("lodgedBy").asText()).isEqualTo("ps-leader1");
  }

  @Test
  void anOfficerOfTheOtherUnionSeesNoneOfThisUnionsRegisters() throws Exception {
    String aid = aidOnNotice("PS-0013");
    logIn("/camunda/app/tasklist/", "ms-officer1");
    driver.get(app.baseUrl() + "/registers/notices.html");
    wait.until(textToBePresentInElementLocated(By.cssSelector("header .me"), nameOf("ms-officer1")));
    wait.until(visibilityOfElementLocated(By.cssSelector("#audits li")));
    assertThat(driver.findElements(By.cssSelector("section.notice[data-key='" + aid + "']"))).isEmpty();

    driver.get(app.baseUrl() + "/registers/aid.html");
    wait.until(textToBePresentInElementLocated(By.id("pager"), "共"));
    assertThat(driver.findElement(By.id("rows")).getText()).doesNotContain(aid).doesNotContain("PS-");
    driver.get(app.baseUrl() + "/registers/members.html");
    wait.until(textToBePresentInElementLocated(By.id("pager"), "共"));
    driver.findElement(By.id("search")).sendKeys("PS-0013");
    driver.findElement(By.id("find")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#rows tbody"), "无记录"));
    screenshot("registers-07-other-union-finds-nothing");
    assertThat(new RestClient(app.baseUrl(), "ms-officer1", PASSWORD).get("/api/aid/cases/" + aid).status())
        .isEqualTo(404);
  }

  @Test
  void theDashboardsLinkToAStepOpensTheVisitLedgerWithTheStepChosenAndOnlyItsCases() throws Exception {
    String planned = plannedHospitalisation("PS-0016", "ps-officer1", "Li Na");
    String reported = reportedHospitalisation("PS-0018");
    long atStep = as("ps-officer1").get("/api/visits?size=1&step=recordVisit").body().get("page")
        .get("totalElements").asLong();
    logIn("/camunda/app/tasklist/", "ps-officer1");
    driver.get(app.baseUrl() + "/registers/visits.html?step=recordVisit");
    wait.until(textToBePresentInElementLocated(By.id("pager"), "共 " + atStep + " 条"));
    assertThat(new Select(driver.findElement(By.id("step"))).getFirstSelectedOption().getText())
        .isEqualTo("Record visit / 记录走访");
    assertThat(driver.findElement(By.cssSelector("#rows tbody")).getText()).contains(planned)
        .doesNotContain(reported);
    screenshot("registers-08-visit-ledger-at-one-step");
  }

  /** An aid application verified twice and approved by the committee: its public notice is running. */
  private String aidOnNotice(String staffNo) throws Exception {
    Map<String, Object> application = new LinkedHashMap<>();
    application.put(AidProcess.MEMBER_STAFF_NO, RestClient.value(staffNo));
    application.put(AidProcess.SOURCE, RestClient.value("APPLICATION"));
    application.put(AidProcess.CATEGORY, RestClient.value("LOW_INCOME"));
    application.put(AidProcess.HOUSEHOLD_SIZE, Map.of("value", 3, "type", "Long"));
    application.put(AidProcess.INCOME_PER_HEAD, Map.of("value", 1100.0, "type", "Double"));
    application.put(AidProcess.DESCRIPTION, RestClient.value("Spouse lost their job"));
    RestClient.Answer started = new RestClient(app.baseUrl(), "ps-officer1", PASSWORD).post(
        "/engine-rest/process-definition/key/" + AidProcess.KEY + "/submit-form", Map.of("variables", application));
    assertThat(started.ok()).as("applied: %s", started).isTrue();
    String businessKey = started.body().get("businessKey").asText();
    Map<String, Object> verification = Map.of(AidProcess.FINDINGS, "As described", AidProcess.RECOMMENDATION,
        "SUPPORT");
    assertThat(new RestClient(app.baseUrl(), "ps-officer1", PASSWORD).claimAndSubmit(businessKey,
        AidProcess.VERIFY_AT_HOME, verification).ok()).isTrue();
    assertThat(new RestClient(app.baseUrl(), "ps-officer2", PASSWORD).claimAndSubmit(businessKey,
        AidProcess.VERIFY_AT_HOME_AGAIN, verification).ok()).isTrue();
    RestClient.Answer decided = new RestClient(app.baseUrl(), "ps-chair", PASSWORD).claimAndSubmit(businessKey,
        AidProcess.REVIEW_CASE, Map.of(AidProcess.DECISION_VALUE, "APPROVE", AidProcess.APPROVED_AMOUNT,
            Map.of("value", 3000.0, "type", "Double"), AidProcess.DECISION_REASON, "Two children at school",
            AidProcess.OVER_BUDGET, Map.of("value", false, "type", "Boolean")));
    assertThat(decided.ok()).as("decided: %s", decided).isTrue();
    return businessKey;
  }

  /** Downloads as the page's own session would (headless Chromium saves no files here) and answers the bytes. */
  private byte[] fetchInPage(String href) {
    driver.manage().timeouts().scriptTimeout(WAIT);
    String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(buffer => {
          let text = '';
          new Uint8Array(buffer).forEach(b => { text += String.fromCharCode(b); });
          done(btoa(text));
        });""", href);
    return Base64.getDecoder().decode(base64);
  }

  private void addMember(String staffNo, String name) {
    wait.until(elementToBeClickable(By.id("add"))).click();
    WebElement form = wait.until(visibilityOfElementLocated(By.id("memberForm")));
    form.findElement(By.name("staffNo")).sendKeys(staffNo);
    form.findElement(By.name("name")).sendKeys(name);
    form.findElement(By.name("unionGroup")).sendKeys("Chinese group / 语文组");
    form.findElement(By.name("department")).sendKeys("Teaching / 教学");
    // date inputs take their typed form from the browser's locale: set the ISO value directly
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("arguments[0].value = '1991-05-20'", form.findElement(By.name("birthDate")));
    js.executeScript("arguments[0].value = '2015-09-01'", form.findElement(By.name("joinDate")));
    form.findElement(By.name("phone")).sendKeys("139 0000 5678");
    driver.findElement(By.id("save")).click();
  }

  /** The name the pages' header shows for the person: the account's, never the user id. */
  private String nameOf(String user) throws Exception {
    String name = new RestClient(app.baseUrl(), user, "demo").get("/api/registers/me").body().get("name").asText();
    assertThat(name).isNotBlank().isNotEqualTo(user);
    return name;
  }
}
