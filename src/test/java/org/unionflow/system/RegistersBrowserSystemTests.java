package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Real Chromium (zh-CN) against the packaged app: an officer logs in to Tasklist, opens the member register on
 * the same login, finds a member by Chinese name, adds one, and is refused a duplicate staff number at the field.
 * Screenshots go to target/screenshots/.
 */
class RegistersBrowserSystemTests extends BrowserTestSupport {

  @Test
  void anOfficerFindsAMemberByChineseNameAddsOneAndIsRefusedADuplicateStaffNumberAtTheField() throws Exception {
    String name = new RestClient(app.baseUrl(), "ps-officer1", "demo").get("/api/members?search=PS-0007").body()
        .get("content").get(0).get("name").asText();
    logIn("/camunda/app/tasklist/", "ps-officer1");

    driver.get(app.baseUrl() + "/registers/members.html");
    wait.until(textToBePresentInElementLocated(By.cssSelector("header .me"), "ps-officer1"));
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
}
