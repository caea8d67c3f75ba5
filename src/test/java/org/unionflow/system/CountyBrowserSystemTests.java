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
import org.openqa.selenium.support.ui.Select;

/**
 * Real Chromium (zh-CN): the county chair reads the year's figures across the base unions under the county, drills
 * down to one base union and from there to the register rows behind a figure (a visit paid today); a base union's
 * officer sees their own union alone, and a representative is told the figures are not theirs to read. The county
 * chair also reads a base union's visit ledger, chosen in the registers' header.
 */
class CountyBrowserSystemTests extends BrowserTestSupport {

  private static final String PRIMARY_SCHOOL = "union-ps1";

  @Test
  void theCountyChairDrillsDownFromTheCountysFiguresToABaseUnionsVisitRows() throws Exception {
    String visit = paidHospitalisation("PS-0012");
    JsonNode report = as("county-chair").get("/api/county/figures").body();
    List<String> unionNames = StreamSupport.stream(report.get("unions").spliterator(), false)
        .map(union -> union.get("name").asText()).toList();
    assertThat(unionNames).hasSizeGreaterThanOrEqualTo(3);
    String primarySchool = StreamSupport.stream(report.get("unions").spliterator(), false)
        .filter(union -> union.get("unionId").asText().equals(PRIMARY_SCHOOL)).findFirst().orElseThrow()
        .get("name").asText();

    logIn("/camunda/app/tasklist/", "county-chair");
    driver.get(app.baseUrl() + "/registers/");
    wait.until(elementToBeClickable(By.cssSelector("nav.menu a[href='/county/']"))).click();
    wait.until(visibilityOfElementLocated(By.cssSelector("#unions tbody a[data-union]")));
    String table = driver.findElement(By.id("unions")).getText();
    assertThat(table).contains(unionNames).contains("办理落实率");
    assertThat(driver.findElement(By.id("summary")).getText()).contains("走访慰问");
    assertThat(driver.findElements(By.cssSelector("#casesChart canvas"))).isNotEmpty();
    screenshot("county-01-the-years-figures-across-base-unions");

    driver.findElement(By.cssSelector("#unions a[data-union='" + PRIMARY_SCHOOL + "']")).click();
    wait.until(textToBePresentInElementLocated(By.id("unionName"), primarySchool));
    assertThat(driver.getCurrentUrl()).contains("union=" + PRIMARY_SCHOOL);
    assertThat(driver.findElement(By.id("unionVisits")).getText()).contains("住院");
    wait.until(elementToBeClickable(By.xpath("//div[@id='sources']/button[contains(normalize-space(),'走访慰问')]")))
        .click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#rows tbody"), visit));
    WebElement row = driver.findElement(By.xpath("//table[@id='rows']//tr[td[normalize-space()='" + visit + "']]"));
    assertThat(row.getText()).contains("¥300.00");
    scrollTo(row);
    screenshot("county-02-base-union-drilled-down-to-its-visits");

    // the registers read the base union chosen in the header, the visit ledger this one
    driver.get(app.baseUrl() + "/registers/visits.html");
    new Select(wait.until(elementToBeClickable(By.id("unionChoice")))).selectByValue(PRIMARY_SCHOOL);
    wait.until(textToBePresentInElementLocated(By.cssSelector("#rows tbody"), visit));
    assertThat(new Select(driver.findElement(By.id("unionChoice"))).getFirstSelectedOption().getText())
        .isEqualTo(primarySchool);
    screenshot("county-03-visit-ledger-of-a-base-union");
  }

  @Test
  void aBaseUnionsOfficerSeesOnlyTheirOwnUnionAndARepresentativeIsToldTheFiguresAreNotTheirs() throws Exception {
    logIn("/camunda/app/tasklist/", "ps-officer1");
    driver.get(app.baseUrl() + "/county/");
    wait.until(visibilityOfElementLocated(By.cssSelector("#unions tbody a[data-union]")));
    assertThat(driver.findElements(By.cssSelector("#unions tbody a[data-union]")))
        .extracting(link -> link.getDomAttribute("data-union")).containsExactly(PRIMARY_SCHOOL);
    screenshot("county-04-base-union-officer-sees-own-union");

    logOut();
    logIn("/camunda/app/tasklist/", "ps-rep1");
    driver.get(app.baseUrl() + "/county/");
    wait.until(textToBePresentInElementLocated(By.cssSelector("main .notice"), "您的角色不能查看年度数据"));
    assertThat(driver.findElements(By.cssSelector("#unions tbody tr"))).isEmpty();
  }
}
