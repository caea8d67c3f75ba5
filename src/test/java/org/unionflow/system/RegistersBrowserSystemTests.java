package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium (zh-CN) against the packaged app: an officer logs in to Tasklist, opens the member register on
 * the same login, finds a member by Chinese name, adds one, and is refused a duplicate staff number at the field.
 * Screenshots go to target/screenshots/.
 */
class RegistersBrowserSystemTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  private static AppProcess app;

  private WebDriver driver;
  private WebDriverWait wait;
  private Path profile;

  @BeforeAll
  static void startApp() throws Exception {
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    Path systemTests = Files.createDirectories(Path.of("target", "system-tests"));
    Path database = Files.createTempDirectory(systemTests, "registers-db-").toAbsolutePath();
    app = AppProcess.start("registers", Map.of("spring.profiles.active", "demo",
        "spring.datasource.url", "jdbc:h2:file:" + database + "/unionflow;WRITE_DELAY=0"));
  }

  @AfterAll
  static void stopApp() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void openBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    profile = Files.createTempDirectory("unionflow-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN",
        "--window-size=1400,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void anOfficerFindsAMemberByChineseNameAddsOneAndIsRefusedADuplicateStaffNumberAtTheField() throws Exception {
    String name = new RestClient(app.baseUrl(), "ps-officer1", "demo").get("/api/members?search=PS-0007").body()
        .get("content").get(0).get("name").asText();
    logIn("ps-officer1");

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
    logIn("ps-treasurer");
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

  private void logIn(String user) {
    driver.get(app.baseUrl() + "/camunda/app/tasklist/");
    wait.until(urlContains("#/login"));
    wait.until(elementToBeClickable(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(not(urlContains("#/login")));
    wait.until(textToBePresentInElementLocated(By.cssSelector("li.account > a"), user));
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
