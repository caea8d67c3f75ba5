package org.unionflow.system;

import static org.openqa.selenium.support.ui.ExpectedConditions.and;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * What every browser system test needs: the packaged app in the demo profile on its own H2 file database, started
 * once for the test class; a fresh headless zh-CN Chromium for each test; logging in through the webapps' own login
 * page; screenshots under target/screenshots/ (and the page of a failed test); Tasklist's common moves.
 */
abstract class BrowserTestSupport {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  // generous: on a busy two-core machine an Angular page with a bpmn-js diagram can take many seconds
  static final Duration WAIT = Duration.ofSeconds(40);
  static final String PASSWORD = "demo";

  // Selenium 4.31 knows no DevTools for Chromium 156 and says so on every start; WebDriver itself is fine
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static AppProcess app;

  WebDriver driver;
  WebDriverWait wait;
  private Path profile;

  /** Keeps the page of a failed test (before the driver quits) to show what the browser saw. */
  @RegisterExtension
  final AfterTestExecutionCallback pageOnFailure = context -> {
    if (context.getExecutionException().isPresent() && driver != null) {
      String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
          + context.getRequiredTestMethod().getName();
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
      screenshot(name);
    }
  };

  @BeforeAll
  static void startApp(TestInfo testClass) throws Exception {
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    String name = testClass.getTestClass().orElseThrow().getSimpleName();
    Path systemTests = Files.createDirectories(Path.of("target", "system-tests"));
    Path database = Files.createTempDirectory(systemTests, name + "-db-").toAbsolutePath();
    app = AppProcess.start(name, Map.of("spring.profiles.active", "demo",
        "spring.datasource.url", "jdbc:h2:file:" + database + "/unionflow;WRITE_DELAY=0"));
  }

  @AfterAll
  static void stopApp() throws InterruptedException {
    if (app != null) {
      app.close();
      app = null;
    }
  }

  @BeforeEach
  void openBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    profile = Files.createTempDirectory("unionflow-chromium-");
    ChromeOptions options = new ChromeOptions();
    // Debian's browser and driver: downloads do not work on this machine
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN",
        "--window-size=1600,1000", "--user-data-dir=" + profile);
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

  /** Signs in on the login page of a webapp (e.g. "/camunda/app/tasklist/") as a demo user. */
  void logIn(String webapp, String user) {
    driver.get(app.baseUrl() + webapp);
    wait.until(urlContains("#/login"));
    wait.until(elementToBeClickable(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(not(urlContains("#/login")));
    // the header names the signed-in user once the app has its authentication
    wait.until(textToBePresentInElementLocated(By.cssSelector("li.account > a"), user));
  }

  void openTasklistFilter(String name) {
    By filter = By.xpath("//div[contains(@class,'task-filter')][.//a[contains(normalize-space(),\"" + name + "\")]]");
    wait.until(elementToBeClickable(filter)).click();
    wait.until(attributeContains(filter, "class", "active"));
    // the list of the chosen filter has loaded: either tasks or the empty notice
    wait.until(and(invisibilityOfElementLocated(By.cssSelector("[cam-tasks] .loader:not(.ng-hide)")),
        presenceOfElementLocated(By.cssSelector("[cam-tasks] ol.tasks-list, [cam-tasks] .well"))));
  }

  void dismissNotifications() {
    By closeButtons = By.cssSelector(".page-notifications .alert button.close:not(.ng-hide)");
    for (WebElement close : new ArrayList<>(driver.findElements(closeButtons))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    wait.until(numberOfElementsToBe(By.cssSelector(".page-notifications .alert"), 0));
  }

  /** No focus ring on the last clicked element in the screenshots. */
  void blur() {
    ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  // --- Tasklist locators -----------------------------------------------------------------------------

  static By taskCard(String taskId) {
    return By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[@href='#/?task=" + taskId + "']]");
  }

  static By taskLink(String taskId) {
    return By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']");
  }

  /** form-js prefixes field ids with a random form id; the component id is the stable end. */
  static By input(String idSuffix) {
    return By.cssSelector(".fjs-form input[id$='" + idSuffix + "']");
  }

  static By fieldLabel(String label) {
    return By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(),'" + label + "')]");
  }

  static By completeButton() {
    return By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='完成']");
  }
}
