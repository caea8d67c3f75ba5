package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Real Chromium (zh-CN) against the packaged demo: the county chair opens the year's figures of the demo county,
 * sees a row per base union with the total and the charts, drills down to a base union and on to its visit rows.
 */
class CountyBrowserSystemTests {

  private static AppProcess app;

  @BeforeAll
  static void startApp() throws Exception {
    Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
    Path database = Files.createTempDirectory(Files.createDirectories(Path.of("target", "system-tests")), "county-db-")
        .toAbsolutePath();
    app = AppProcess.start("county", Map.of("spring.profiles.active", "demo",
        "spring.datasource.url", "jdbc:h2:file:" + database + "/unionflow;WRITE_DELAY=0"));
  }

  @AfterAll
  static void stopApp() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theCountyChairOpensTheFiguresAndDrillsDownToABaseUnion() throws Exception {
    List<String> bases = names(new RestClient(app.baseUrl(), "county-chair", "demo").get("/api/county/figures").body()
        .get("unions"));
    assertThat(bases).as("the demo county's base unions").hasSizeGreaterThanOrEqualTo(3);
    try (Chromium browser = new Chromium()) {
      browser.logIn(app.baseUrl(), "county-chair");

      browser.driver.get(app.baseUrl() + "/county/");
      browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#unions tfoot"), "合计"));
      String table = browser.driver.findElement(By.id("unions")).getText();
      assertThat(table).contains("会员").contains("办理落实率");
      bases.forEach(name -> assertThat(table).contains(name));
      assertThat(browser.driver.findElements(By.cssSelector("#casesChart canvas"))).isNotEmpty();
      assertThat(browser.driver.findElement(By.id("summary")).getText()).startsWith("所属基层工会" + bases.size() + "个");
      browser.screenshot("county-01-figures-of-the-base-unions");

      WebElement first = browser.driver.findElement(By.cssSelector("#unions tbody a[data-union]"));
      String name = first.getText();
      first.click();
      browser.wait.until(visibilityOfElementLocated(By.id("union")));
      browser.wait.until(textToBePresentInElementLocated(By.id("unionName"), name));
      assertThat(browser.driver.findElement(By.id("unionFigures")).getText()).contains("会员").contains("预算执行率");
      browser.wait.until(elementToBeClickable(By.cssSelector("#sources button[data-source='VISITS']"))).click();
      browser.wait.until(textToBePresentInElementLocated(By.cssSelector("#rows thead"), "编号"));
      browser.wait.until(visibilityOfElementLocated(By.cssSelector("#rows tbody tr")));
      assertThat(browser.driver.getCurrentUrl()).contains("union=");
      browser.screenshot("county-02-base-union-drill-down");
    }
  }

  private static List<String> names(JsonNode unions) {
    return StreamSupport.stream(unions.spliterator(), false).map(union -> union.get("name").asText()).toList();
  }
}
