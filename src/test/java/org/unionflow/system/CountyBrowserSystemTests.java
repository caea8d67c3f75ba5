package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Real Chromium (zh-CN) against the packaged demo: the county chair opens the year's figures of the demo county,
 * sees a row per base union with the total and the charts, drills down to a base union and on to its visit rows.
 */
class CountyBrowserSystemTests extends BrowserTestSupport {

  @Test
  void theCountyChairOpensTheFiguresAndDrillsDownToABaseUnion() throws Exception {
    JsonNode unions = new RestClient(app.baseUrl(), "county-chair", PASSWORD).get("/api/county/figures").body()
        .get("unions");
    List<String> bases = StreamSupport.stream(unions.spliterator(), false).map(u -> u.get("name").asText()).toList();
    assertThat(bases).as("the demo county's base unions").hasSizeGreaterThanOrEqualTo(3);
    logIn("/camunda/app/tasklist/", "county-chair");

    driver.get(app.baseUrl() + "/county/");
    wait.until(textToBePresentInElementLocated(By.cssSelector("#unions tfoot"), "合计"));
    String table = driver.findElement(By.id("unions")).getText();
    assertThat(table).contains("会员").contains("办理落实率");
    bases.forEach(name -> assertThat(table).contains(name));
    assertThat(driver.findElements(By.cssSelector("#casesChart canvas"))).isNotEmpty();
    assertThat(driver.findElement(By.id("summary")).getText()).startsWith("所属基层工会" + bases.size() + "个");
    screenshot("county-01-figures-of-the-base-unions");

    WebElement first = driver.findElement(By.cssSelector("#unions tbody a[data-union]"));
    String name = first.getText();
    first.click();
    wait.until(visibilityOfElementLocated(By.id("union")));
    wait.until(textToBePresentInElementLocated(By.id("unionName"), name));
    assertThat(driver.findElement(By.id("unionFigures")).getText()).contains("会员").contains("预算执行率");
    wait.until(elementToBeClickable(By.cssSelector("#sources button[data-source='VISITS']"))).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#rows thead"), "编号"));
    wait.until(visibilityOfElementLocated(By.cssSelector("#rows tbody tr")));
    assertThat(driver.getCurrentUrl()).contains("union=");
    screenshot("county-02-base-union-drill-down");
  }
}
