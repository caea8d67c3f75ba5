package org.unionflow.system;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless zh-CN Chromium, a fresh profile, logged in through Tasklist; screenshots in target/screenshots. */
final class Chromium implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(40);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  Chromium() throws IOException {
    profile = Files.createTempDirectory("unionflow-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort().build(), options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
    wait = new WebDriverWait(driver, WAIT);
  }

  /** Logs in at Tasklist (password demo): the domain pages ride on that session. */
  void logIn(String baseUrl, String user) {
    driver.get(baseUrl + "/camunda/app/tasklist/");
    wait.until(urlContains("#/login"));
    wait.until(elementToBeClickable(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(not(urlContains("#/login")));
    wait.until(textToBePresentInElementLocated(By.cssSelector("li.account > a"), user));
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
