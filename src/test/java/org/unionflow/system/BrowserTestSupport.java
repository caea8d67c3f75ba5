package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.and;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unionflow.UnionDay;

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
  static final String VISITS = "Five mandatory visits / 五必访";
  // a login that has not left the login page by then is tried again from a fresh page
  static final Duration LOGIN_ATTEMPT = Duration.ofSeconds(20);
  static final int LOGIN_ATTEMPTS = 3;
  static final DateTimeFormatter PICKER_DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  static final String APPROVAL_TRAIL = "Approval trail / 审批轨迹";
  static final String MY_GROUPS_TASKS = "My groups' tasks / 我组任务";

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
    // the demo's people without its year of history (DemoHistoryTests' subject): a quick start, known inboxes
    app = AppProcess.start(name, Map.of("spring.profiles.active", "demo", "unionflow.demo.history", "false",
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
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
        // the officer's browser keeps the union's clock, whatever the build machine's zone
        .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
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

  /** A demo user's REST client on the running app. */
  static RestClient as(String user) {
    return new RestClient(app.baseUrl(), user, PASSWORD);
  }

  /** Signs in on the login page of a webapp (e.g. "/camunda/app/tasklist/") as a demo user. */
  void logIn(String webapp, String user) throws IOException, InterruptedException {
    WebDriverWait signIn = new WebDriverWait(driver, LOGIN_ATTEMPT);
    for (int attempt = 1; ; attempt++) {
      driver.get(app.baseUrl() + webapp);
      wait.until(urlContains("#/login"));
      // a cold webapp may re-render its login form after the first keys (translations arriving), dropping them
      fill(By.cssSelector("input[ng-model='username']"), user);
      fill(By.cssSelector("input[ng-model='password']"), PASSWORD);
      driver.findElement(By.cssSelector("button[type='submit']")).click();
      try {
        signIn.until(not(urlContains("#/login")));
        break;
      } catch (TimeoutException stillOnLogin) {
        if (attempt == LOGIN_ATTEMPTS) {
          throw stillOnLogin;
        }
      }
    }
    // the header names the signed-in user once the app has its authentication
    wait.until(textToBePresentInElementLocated(By.cssSelector("li.account > a"), name(user)));
  }

  /** Types into an input until it holds exactly the text (a form re-rendering can lose keys typed meanwhile). */
  void fill(By input, String text) {
    // the form can draw a field again a moment after it was typed into and drop the keys: done only when the
    // field still holds the text on the next look
    new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(800)).ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          WebElement field = elementToBeClickable(input).apply(driver);
          if (field == null) {
            return false;
          }
          if (text.equals(field.getDomProperty("value"))) {
            return true;
          }
          field.clear();
          field.sendKeys(text);
          return false;
        });
  }

  /** A user's name as Tasklist shows it (the header, a task's assignee): given name, then family name. */
  static String name(String user) throws IOException, InterruptedException {
    JsonNode profile = as(user).get("/engine-rest/user/" + user + "/profile").body();
    return (profile.path("firstName").asText("") + " " + profile.path("lastName").asText("")).trim();
  }

  /** Signs out by forgetting the session, so the next {@link #logIn} is another person's. */
  void logOut() {
    driver.manage().deleteAllCookies();
  }

  /** Opens a task of Tasklist by its id, as its card's link does. */
  void openTask(String taskId) {
    driver.get(app.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(visibilityOfElementLocated(By.cssSelector(".task-card h2.task")));
  }

  /** Claims the open task; its form becomes editable. */
  void claim() {
    wait.until(elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /** Picks an option of a form-js select by its label. */
  void choose(String idSuffix, String label) {
    wait.until(elementToBeClickable(By.cssSelector(".fjs-form [id$='" + idSuffix + "-display']"))).click();
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label
        + "']"))).click();
  }

  /** Picks an option of a searchable form-js select: types what a person remembers, then clicks the option. */
  void pick(String idSuffix, String typed, String label) {
    WebElement search = wait.until(elementToBeClickable(input(idSuffix)));
    search.click();
    search.sendKeys(typed);
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label
        + "']"))).click();
  }

  /** A demo member's option in a member picker, as the picker labels it: name · staff number · union group. */
  static String memberLabel(String officer, String staffNo) throws IOException, InterruptedException {
    JsonNode member = as(officer).get("/api/members?search=" + staffNo).body().get("content").get(0);
    return member.get("name").asText() + " · " + staffNo + " · " + member.get("unionGroup").asText();
  }

  /** A member's name, as a person types it into a member picker, from the picker's label. */
  static String nameIn(String memberLabel) {
    return memberLabel.substring(0, memberLabel.indexOf(" · "));
  }

  // --- cases brought to a step over REST, as the demo users ---------------------------------------------

  /** A short hospital stay of a member, reported today by a group leader: the officers lead the visit. */
  static String reportedHospitalisation(String staffNo) throws Exception {
    RestClient.Answer reported = as("ps-leader1").reportVisit(staffNo, "HOSPITALISATION", UnionDay.today());
    assertThat(reported.ok()).as("reported: %s", reported).isTrue();
    return reported.body().get("businessKey").asText();
  }

  /** ...and planned for today by the officer with those visitors: the case waits on recordVisit. */
  static String plannedHospitalisation(String staffNo, String officer, String visitors) throws Exception {
    String businessKey = reportedHospitalisation(staffNo);
    RestClient.Answer planned = as(officer).claimAndSubmit(businessKey, "planVisit", Map.of(
        "plannedDate", UnionDay.today().toString(), "plannedVisitors", visitors));
    assertThat(planned.ok()).as("planned: %s", planned).isTrue();
    return businessKey;
  }

  /** ...and visited today by the same officer, who handed over that much money (yuan). */
  static String visitedHospitalisation(String staffNo, String officer, double money) throws Exception {
    String businessKey = plannedHospitalisation(staffNo, officer, "Li Na");
    RestClient.Answer recorded = as(officer).claimAndSubmit(businessKey, "recordVisit", Map.of("visitDate",
        UnionDay.today().toString(), "visitors", "Li Na", "situation", "Recovering at home", "moneyHandedOver",
        Map.of("value", money, "type", "Double"), "hardshipFound", Map.of("value", false, "type", "Boolean")));
    assertThat(recorded.ok()).as("recorded: %s", recorded).isTrue();
    return businessKey;
  }

  /** ...and paid: one condolence payment of 300 yuan in the ledger. */
  static String paidHospitalisation(String staffNo) throws Exception {
    String businessKey = visitedHospitalisation(staffNo, "ps-officer1", 300.0);
    RestClient.Answer paid = as("ps-treasurer").claimAndSubmit(businessKey, "payCondolenceMoney",
        Map.of("paidOn", UnionDay.today().toString(), "paymentMethod", "CASH"));
    assertThat(paid.ok()).as("paid: %s", paid).isTrue();
    return businessKey;
  }

  /**
   * A member of the primary school's 数学组 added today over REST by an officer, that many years old and a member
   * for that many years: the fields sent, with the id the server gave.
   */
  static Map<String, Object> addedMember(String staffNo, String name, int age, int yearsAMember) throws Exception {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("staffNo", staffNo);
    member.put("name", name);
    member.put("unionGroup", "数学组");
    member.put("status", "ACTIVE");
    member.put("gender", "FEMALE");
    member.put("birthDate", UnionDay.today().minusYears(age).toString());
    member.put("joinDate", UnionDay.today().minusYears(yearsAMember).toString());
    RestClient.Answer created = as("ps-officer1").post("/api/members", member);
    assertThat(created.ok()).as("member added: %s", created).isTrue();
    member.put("id", created.body().get("id").asLong());
    return member;
  }

  /** An audit of this month so far, requested today over REST by auditor 1: its business key and instance id. */
  static JsonNode requestedAuditOfThisMonth() throws Exception {
    LocalDate today = UnionDay.today();
    RestClient.Answer requested = as("ps-auditor1").post("/api/fund/audits", Map.of(
        "periodStart", today.withDayOfMonth(1).toString(), "periodEnd", today.toString()));
    assertThat(requested.ok()).as("audit requested: %s", requested).isTrue();
    return requested.body();
  }

  /** A sports expense requested today over REST by that officer, from this year's culture and sports line. */
  static String requestedSportsExpense(String officer, String purpose, double amount, String payee)
      throws Exception {
    RestClient requester = as(officer);
    long lineId = StreamSupport.stream(requester.get("/api/fund/budget-lines").body().spliterator(), false)
        .filter(line -> line.get("category").asText().equals("CULTURE_SPORTS")).findFirst().orElseThrow()
        .get("id").asLong();
    RestClient.Answer requested = requester.post("/engine-rest/process-definition/key/expenseApproval/submit-form",
        Map.of("variables", Map.of("purpose", RestClient.value(purpose),
            "category", RestClient.value("CULTURE_SPORTS"), "budgetLineId", Map.of("value", lineId, "type", "Long"),
            "amount", Map.of("value", amount, "type", "Double"), "payee", RestClient.value(payee),
            "plannedDate", RestClient.value(UnionDay.today().toString()))));
    assertThat(requested.ok()).as("expense requested: %s", requested).isTrue();
    return requested.body().get("businessKey").asText();
  }

  /** Opens a process's start form from Tasklist's 发起流程. */
  void openStartForm(String processName) {
    wait.until(elementToBeClickable(By.xpath("//a[contains(normalize-space(),'发起流程')]"))).click();
    By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']");
    By form = By.cssSelector(".modal .fjs-form");
    wait.until(elementToBeClickable(process));
    // the list is drawn again while its definitions load, and a click on the first drawing is lost: click until
    // the form opens
    new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          if (!driver.findElements(form).isEmpty()) {
            return true;
          }
          driver.findElements(process).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
          return false;
        });
  }

  /** Opens the visits' start form and fills a wedding, the member chosen by what is typed into the picker. */
  void fillEventStartForm(String typed, String memberLabel, LocalDate eventDate, String details, String reporter) {
    openStartForm(VISITS);
    pick("reportVisitEvent_memberStaffNo", typed, memberLabel);
    choose("reportVisitEvent_eventType", "Wedding / 结婚");
    typeDate("reportVisitEvent_eventDate", eventDate);
    WebElement detailsField = driver.findElement(By.cssSelector(
        ".modal .fjs-form textarea[id$='reportVisitEvent_details']"));
    detailsField.click();
    detailsField.sendKeys(details);
    driver.findElement(By.cssSelector(".modal .fjs-form input[id$='reportVisitEvent_reporter']")).sendKeys(reporter);
  }

  /** Presses 发起 under the open start form. */
  void startTheCase() {
    wait.until(elementToBeClickable(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='发起']")))
        .click();
  }

  /** Types a day into a form-js date field, as its picker reads it (month/day/year). */
  void typeDate(String idSuffix, LocalDate day) {
    wait.until(elementToBeClickable(input(idSuffix + "-date"))).sendKeys(day.format(PICKER_DAY));
  }

  /** Completes the open task's form; the button may sit under the page footer until scrolled to. */
  void complete() {
    WebElement complete = wait.until(elementToBeClickable(completeButton()));
    scrollTo(complete);
    complete.click();
  }

  /** Types at the end of what a form-js text field or text area holds. */
  void type(String idSuffix, String text) {
    WebElement field = wait.until(elementToBeClickable(textField(idSuffix)));
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), text);
  }

  /** Replaces what a form-js text field or text area holds (a form that starts with a template). */
  void retype(String idSuffix, String text) {
    wait.until(elementToBeClickable(textField(idSuffix))).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /** What a form-js text field or text area holds now. */
  String textOf(String idSuffix) {
    return wait.until(visibilityOfElementLocated(textField(idSuffix))).getDomProperty("value");
  }

  /** The server's refusal of a submitted form, shown under that one field alone: its message. */
  String refusalAt(String idSuffix) {
    WebElement refusal = wait.until(visibilityOfElementLocated(By.cssSelector(
        ".fjs-form-field.unionflow-field-error .unionflow-field-error-message")));
    assertThat(driver.findElements(By.cssSelector(".fjs-form-field.unionflow-field-error"))).hasSize(1);
    WebElement field = refusal.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
    assertThat(field.findElements(By.cssSelector("[id*='" + idSuffix + "']"))).as("refused field").isNotEmpty();
    return refusal.getText();
  }

  /** Completes the open task and waits until Tasklist has taken the task away (the form is gone). */
  void completeAndWait() {
    complete();
    wait.until(invisibilityOfElementLocated(completeButton()));
  }

  /** Cockpit's page of a case's instance, its 审批轨迹 tab open: the trail's text, the chain verified. */
  String readApprovalTrailTab(String instanceId, String businessKey) {
    driver.get(app.baseUrl() + "/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
    wait.until(visibilityOfElementLocated(By.xpath("//*[normalize-space(text())='" + businessKey + "']")));
    wait.until(elementToBeClickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='"
        + APPROVAL_TRAIL + "']"))).click();
    wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-trail tr.trail-entry")));
    wait.until(elementToBeClickable(By.cssSelector(".unionflow-trail .trail-verify"))).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".unionflow-trail .trail-chain"), "Chain intact"));
    return driver.findElement(By.cssSelector(".unionflow-trail")).getText();
  }

  /** The one open task of a case with that key, as the user finds it over REST. */
  static JsonNode openTaskOf(RestClient user, String businessKey, String taskKey)
      throws IOException, InterruptedException {
    JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey="
        + taskKey).body();
    assertThat(tasks).as("open %s tasks of %s", taskKey, businessKey).hasSize(1);
    return tasks.get(0);
  }

  /** The case title a task shows (its card, its form). */
  static String caseTitleOf(RestClient user, String taskId) throws IOException, InterruptedException {
    return user.get("/engine-rest/task/" + taskId + "/variables/caseTitle").body().get("value").asText();
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

  static By textField(String idSuffix) {
    return By.cssSelector(".fjs-form input[id$='" + idSuffix + "'], .fjs-form textarea[id$='" + idSuffix + "']");
  }

  static By fieldLabel(String label) {
    return By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(),'" + label + "')]");
  }

  static By completeButton() {
    return By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='完成']");
  }
}
