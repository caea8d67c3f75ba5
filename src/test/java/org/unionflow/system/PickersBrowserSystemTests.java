package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.unionflow.UnionDay;

/**
 * Real Chromium: start forms offer choices instead of ids. A leader finds the member by typing a Chinese name
 * into the searchable member picker, which lists only the leader's union; an officer (officers request
 * expenses) chooses a budget line by its name and the money left on it; a member whose staff number changed
 * while the form was open is refused at the member field; an empty form's own words (请选择, the date pattern,
 * 此项必填) are Chinese. Each test adds the member it needs.
 */
class PickersBrowserSystemTests extends BrowserTestSupport {

  private static final String EXPENSES = "Expense approval / 经费支出审批";

  @Test
  void aLeaderReportsAnEventChoosingTheMemberByTypingAChineseName() throws Exception {
    Map<String, Object> member = addedMember("PS-PK01", "欧阳晓春", 35, 10);
    String label = "欧阳晓春 · PS-PK01 · 数学组";
    // the form served to the leader offers the leader's union only
    JsonNode form = as("ps-leader1").get("/engine-rest/process-definition/key/fiveMandatoryVisits/deployed-start-form")
        .body();
    List<JsonNode> offered = StreamSupport.stream(field(form, "memberStaffNo").get("values").spliterator(), false).toList();
    assertThat(offered).extracting(option -> option.get("value").asText()).allMatch(value -> value.startsWith("PS-"))
        .contains("PS-PK01");
    assertThat(offered).extracting(option -> option.get("label").asText()).contains(label);

    logIn("/camunda/app/tasklist/", "ps-leader1");
    fillEventStartForm("欧阳", label, UnionDay.today(), "Marries on Sunday", "ps-leader1");
    WebElement picker = driver.findElement(input("reportVisitEvent_memberStaffNo"));
    assertThat(picker.getDomProperty("value")).isEqualTo(label);
    blur();
    screenshot("pickers-01-member-chosen-by-name");
    startTheCase();

    wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-case-started")));
    String businessKey = as("ps-leader1").get("/api/my/cases").body().get(0).get("businessKey").asText();
    JsonNode visit = as("ps-officer1").get("/api/visits/" + businessKey).body();
    assertThat(visit.get("memberStaffNo").asText()).isEqualTo(member.get("staffNo"));
    assertThat(visit.get("memberName").asText()).isEqualTo("欧阳晓春");
  }

  @Test
  void anOfficerRequestsAnExpenseChoosingTheBudgetLineByName() throws Exception {
    JsonNode line = StreamSupport.stream(as("ps-officer2").get("/api/fund/budget-lines").body().spliterator(), false)
        .filter(candidate -> candidate.get("category").asText().equals("CULTURE_SPORTS")).findFirst().orElseThrow();
    String name = line.get("name").asText();
    String label = name + " · 余额 / left " + String.format(Locale.ROOT, "¥%,.2f", new BigDecimal(line.get("remaining").asText()));

    logIn("/camunda/app/tasklist/", "ps-officer2");
    openStartForm(EXPENSES);
    WebElement purpose = wait.until(elementToBeClickable(By.cssSelector(".modal .fjs-form textarea[id$='requestExpense_purpose']")));
    purpose.click();
    purpose.sendKeys("篮球赛饮用水 / Water for the basketball match");
    choose("requestExpense_category", "Culture and sports / 文体活动");
    // with the category chosen, the list offers that category's line alone
    wait.until(elementToBeClickable(input("requestExpense_budgetLineId"))).click();
    By offered = By.cssSelector(".modal .fjs-dropdownlist-item");
    wait.until(driver -> driver.findElements(offered).size() == 1);
    assertThat(driver.findElements(offered)).extracting(WebElement::getText).containsExactly(label);
    driver.findElement(offered).click();
    driver.findElement(input("requestExpense_amount")).sendKeys("88.50");
    // typed after a select closes, keys can be lost: typed until the field holds them
    fill(input("requestExpense_payee"), "校门口便利店");
    typeDate("requestExpense_plannedDate", UnionDay.today());
    blur();
    screenshot("pickers-02-budget-line-chosen-by-name");
    startTheCase();

    wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-case-started")));
    String businessKey = as("ps-officer2").get("/api/my/cases").body().get(0).get("businessKey").asText();
    JsonNode expense = as("ps-officer2").get("/api/fund/expenses/" + businessKey).body();
    assertThat(expense.get("budgetLineId").asLong()).isEqualTo(line.get("id").asLong());
    assertThat(expense.get("amount").decimalValue()).isEqualByComparingTo("88.50");
  }

  @Test
  void aMemberWhoseStaffNumberChangedWhileTheFormWasOpenIsRefusedAtTheMemberField() throws Exception {
    Map<String, Object> member = addedMember("PS-PK02", "司马春燕", 35, 10);
    logIn("/camunda/app/tasklist/", "ps-leader2");
    fillEventStartForm("司马", "司马春燕 · PS-PK02 · 数学组", UnionDay.today(), "Marries in the spring", "ps-leader2");

    // meanwhile an officer corrects the member's staff number: the chosen one no longer exists
    member.put("staffNo", "PS-PK03");
    RestClient.Answer renumbered = as("ps-officer1").put("/api/members/" + member.get("id"), withoutId(member));
    assertThat(renumbered.ok()).as("member renumbered: %s", renumbered).isTrue();
    startTheCase();

    WebElement refusal = wait.until(visibilityOfElementLocated(By.cssSelector(
        ".modal .fjs-form-field.unionflow-field-error .unionflow-field-error-message")));
    assertThat(driver.findElements(By.cssSelector(".modal .fjs-form-field.unionflow-field-error"))).hasSize(1);
    assertThat(refusal.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"))
        .findElements(By.cssSelector("input[id$='reportVisitEvent_memberStaffNo']"))).hasSize(1);
    assertThat(refusal.getText()).contains("PS-PK02");
    blur();
    screenshot("pickers-03-changed-member-refused-at-its-field");
    assertThat(as("ps-leader2").get("/api/my/cases").body()).isEmpty();
  }

  @Test
  void anEmptyStartFormSpeaksChineseAndSaysAtTheFieldWhatIsRequired() throws Exception {
    logIn("/camunda/app/tasklist/", "ps-officer2");
    openStartForm(EXPENSES);
    By category = By.cssSelector(".modal .fjs-form [id$='requestExpense_category-display']");
    wait.until(driver -> "请选择".equals(driver.findElement(category).getText()));
    wait.until(driver -> "输入以搜索".equals(driver.findElement(input("requestExpense_budgetLineId"))
        .getDomAttribute("placeholder")));
    // the date picker parses month/day/year, and its placeholder says so in Chinese
    wait.until(driver -> "月/日/年".equals(driver.findElement(input("requestExpense_plannedDate-date"))
        .getDomAttribute("placeholder")));

    WebElement payee = driver.findElement(input("requestExpense_payee"));
    payee.click();
    payee.sendKeys("x", Keys.BACK_SPACE);
    blur();
    WebElement required = wait.until(visibilityOfElementLocated(By.xpath("//input[contains(@id,'requestExpense_payee')]"
        + "/ancestor::div[contains(@class,'fjs-form-field')][1]//div[contains(@class,'fjs-form-field-error')]//li")));
    wait.until(driver -> "此项必填。".equals(required.getText()));
    assertThat(driver.findElement(By.cssSelector(".modal .fjs-form")).getText())
        .doesNotContain("Field is required", "Select", "Search");
    screenshot("pickers-04-empty-form-in-chinese");
  }

  private static Map<String, Object> withoutId(Map<String, Object> member) {
    Map<String, Object> form = new LinkedHashMap<>(member);
    form.remove("id");
    return form;
  }

  private static JsonNode field(JsonNode form, String key) {
    return StreamSupport.stream(form.get("components").spliterator(), false)
        .filter(component -> key.equals(component.path("key").asText())).findFirst().orElseThrow();
  }
}
