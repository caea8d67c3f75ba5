package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.unionflow.UnionDay;

/**
 * Real Chromium against the packaged app: an officer works the plan-visit form in Tasklist, another group
 * cannot see it, the task card names the case, a server refusal of a task or start form shows at its field,
 * the chair finds the token in Cockpit, and an auditor reads the approval trail in Cockpit (tab and page). A
 * leader who reports an event is told its number and follows it under My cases; a claimed task is released,
 * commented (read on its History tab) and handed over by the chair; the chair approves an expense and the
 * treasurer who pays it is told the voucher.
 * Each test reports its own case, so they run in any order. Screenshots go to target/screenshots/.
 */
class TasklistBrowserSystemTests extends BrowserTestSupport {

  private static final String ASSIGNED_TO_ME = "Assigned to me / 我的任务";
  private static final String OVERDUE = "Overdue / 已逾期";
  private static final String PLAN_VISIT = "Plan visit / 计划走访";
  private static final String RECORD_VISIT = "Record visit / 记录走访";

  @Test
  void anOfficerClaimsThePlanVisitTaskAndTheFormCompletesOnlyWhenItsRequiredFieldsAreFilled() throws Exception {
    String businessKey = reportedHospitalisation("PS-0003");
    RestClient officer = as("ps-officer1");
    String planTaskId = openTaskOf(officer, businessKey, "planVisit").get("id").asText();

    logIn("/camunda/app/tasklist/", "ps-officer1");
    openTasklistFilter(MY_GROUPS_TASKS);
    By planTaskLink = taskLink(planTaskId);
    assertThat(wait.until(visibilityOfElementLocated(planTaskLink)).getText()).contains(PLAN_VISIT);
    driver.findElement(planTaskLink).click();
    wait.until(visibilityOfElementLocated(fieldLabel("Planned date / 计划日期")));
    wait.until(visibilityOfElementLocated(fieldLabel("Union officers visiting / 走访的工会干部")));
    wait.until(visibilityOfElementLocated(fieldLabel("Other visitors not in the list (names) / 名单外的其他走访人员")));

    // the form is read-only until the task is claimed
    wait.until(elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(textToBePresentInElementLocated(By.cssSelector("li.assignee"), name("ps-officer1")));
    assertThat(openTaskOf(officer, businessKey, "planVisit").get("assignee").asText()).isEqualTo("ps-officer1");
    WebElement visitors = wait.until(elementToBeClickable(input("planVisit_plannedVisitors")));
    visitors.sendKeys("Wang Li, Zhang Wei");
    screenshot("01-tasklist-plan-visit-claimed");

    // the planned date is still empty: form-js refuses to submit and marks the field
    wait.until(elementToBeClickable(completeButton())).click();
    WebElement dateError = wait.until(visibilityOfElementLocated(
        By.cssSelector("[id$='planVisit_plannedDate-error-message']")));
    wait.until(driver -> dateError.getText().equals("此项必填。"));
    wait.until(visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'notifications')]//div[contains(@class,'alert-danger')]")));
    assertThat(driver.findElements(By.cssSelector("[id$='planVisit_plannedVisitors-error-message']"))).isEmpty();
    screenshot("02-tasklist-plan-visit-refused");
    assertThat(driver.findElements(planTaskLink)).hasSize(1);
    JsonNode stillOpen = officer.get("/engine-rest/task/" + planTaskId).body();
    assertThat(stillOpen.get("assignee").asText()).isEqualTo("ps-officer1");
    assertThat(officer.get("/api/visits/" + businessKey).body().get("plannedDate").isNull()).isTrue();

    LocalDate plannedDate = UnionDay.today().plusDays(1);
    WebElement date = wait.until(elementToBeClickable(input("planVisit_plannedDate-date")));
    date.sendKeys(plannedDate.format(PICKER_DAY));
    // leaving the field makes the date picker take the typed date
    driver.findElement(input("planVisit_plannedVisitors")).click();
    wait.until(invisibilityOfElementLocated(By.cssSelector("[id$='planVisit_plannedDate-error-message']")));
    dismissNotifications();
    blur();
    screenshot("03-tasklist-plan-visit-filled");

    wait.until(elementToBeClickable(completeButton())).click();
    wait.until(invisibilityOfElementLocated(planTaskLink));
    JsonNode recordTask = openTaskOf(officer, businessKey, "recordVisit");
    By recordTaskLink = taskLink(recordTask.get("id").asText());
    assertThat(wait.until(visibilityOfElementLocated(recordTaskLink)).getText()).contains(RECORD_VISIT);
    screenshot("04-tasklist-record-visit-next");

    assertThat(officer.get("/engine-rest/task/" + planTaskId).status()).isEqualTo(404);
    JsonNode forOfficers = officer.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&candidateGroup=officers").body();
    assertThat(forOfficers).hasSize(1);
    assertThat(forOfficers.get(0).get("taskDefinitionKey").asText()).isEqualTo("recordVisit");
    assertThat(forOfficers.get(0).get("assignee").isNull()).isTrue();
    JsonNode visit = officer.get("/api/visits/" + businessKey).body();
    assertThat(visit.get("plannedDate").asText()).isEqualTo(plannedDate.toString());
    assertThat(visit.get("plannedVisitors").asText()).isEqualTo("Wang Li, Zhang Wei");
  }

  @Test
  void theTreasurerDoesNotSeeTheOfficersTaskInTasklistNorOverRest() throws Exception {
    String businessKey = reportedHospitalisation("PS-0005");
    RestClient officer = as("ps-officer1");
    String planTaskId = openTaskOf(officer, businessKey, "planVisit").get("id").asText();

    logIn("/camunda/app/tasklist/", "ps-treasurer");
    for (String filter : List.of(ASSIGNED_TO_ME, OVERDUE, MY_GROUPS_TASKS)) {
      openTasklistFilter(filter);
      // a loaded, empty list (nothing open for the treasurer), not a list still loading
      wait.until(textToBePresentInElementLocated(By.cssSelector("[cam-tasks] .well"),
          "没有符合筛选条件的任务"));
      assertThat(driver.findElements(taskLink(planTaskId))).as(filter).isEmpty();
      assertThat(driver.findElements(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(.,'" + PLAN_VISIT
          + "')]"))).as(filter).isEmpty();
    }
    screenshot("05-tasklist-treasurer-sees-no-officers-task");

    RestClient treasurer = as("ps-treasurer");
    RestClient.Answer tasks = treasurer.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey);
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.body()).isEmpty();
  }

  @Test
  void theChairSeesTheCaseWaitingOnRecordVisitInTheCockpitDiagram() throws Exception {
    String businessKey = plannedHospitalisation("PS-0007", "ps-officer2", "Li Na");
    RestClient officer = as("ps-officer2");
    String instanceId = openTaskOf(officer, businessKey, "recordVisit").get("processInstanceId").asText();

    logIn("/camunda/app/cockpit/", "ps-chair");
    wait.until(elementToBeClickable(By.cssSelector("a[href='#/processes']"))).click();
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='" + VISITS + "']"))).click();
    // the definition view counts the running instances per activity; ours waits on recordVisit
    wait.until(visibilityOfElementLocated(badge("recordVisit")));
    wait.until(elementToBeClickable(By.cssSelector("td.instance-id a[title='" + instanceId + "']"))).click();

    wait.until(urlContains("/process-instance/" + instanceId));
    wait.until(visibilityOfElementLocated(By.xpath("//*[normalize-space(text())='" + businessKey + "']")));
    wait.until(presenceOfElementLocated(By.cssSelector("svg g[data-element-id='recordVisit']")));
    WebElement recordVisitBadge = wait.until(visibilityOfElementLocated(badge("recordVisit")));
    assertThat(recordVisitBadge.getText()).isEqualTo("1");
    assertThat(driver.findElements(badge("planVisit"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector(".djs-overlays .instance-count")))
        .extracting(this::overlayActivity).containsExactlyInAnyOrder("makeVisit", "recordVisit");

    // the user-task tab names the task the token waits on
    wait.until(elementToBeClickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='用户任务']")))
        .click();
    wait.until(visibilityOfElementLocated(By.xpath("//table//td[contains(normalize-space(),'" + RECORD_VISIT
        + "')]")));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".loader:not(.ng-hide)")));
    blur();
    screenshot("06-cockpit-instance-on-record-visit");
  }

  @Test
  void anAuditorReadsTheApprovalTrailTabOfAnInstanceInCockpitWithoutLoggingInAgain() throws Exception {
    String businessKey = plannedHospitalisation("PS-0009", "ps-officer2", "Zhao Min");
    String instanceId = openTaskOf(as("ps-officer2"), businessKey, "recordVisit").get("processInstanceId").asText();

    logIn("/camunda/app/cockpit/", "ps-auditor1");
    String trail = readApprovalTrailTab(instanceId, businessKey);

    By planStep = By.xpath("//div[contains(@class,'unionflow-trail')]//tr[contains(@class,'trail-USER_TASK')]"
        + "[contains(.,'" + PLAN_VISIT + "')]");
    assertThat(wait.until(visibilityOfElementLocated(planStep)).getText()).contains("ps-officer2", "Zhao Min", "ok");
    List<String> kinds = driver.findElements(By.cssSelector(".unionflow-trail tr.trail-entry td:nth-child(2)"))
        .stream().map(WebElement::getText).toList();
    assertThat(kinds).startsWith("发起 / Case started").contains("规则判定 / Decision", "审批步骤 / User task");
    assertThat(trail).contains(RECORD_VISIT, "待办理 / Open").doesNotContain("USER_TASK", "{\"");
    blur();
    screenshot("07-cockpit-approval-trail-tab");
  }

  @Test
  void anAuditorFindsAFinishedCaseOnTheApprovalTrailPage() throws Exception {
    String businessKey = visitedHospitalisation("PS-0010", "ps-officer1", 0.0);

    logIn("/camunda/app/cockpit/", "ps-auditor2");
    wait.until(elementToBeClickable(By.cssSelector("a[href='#/approval-trail']"))).click();
    wait.until(elementToBeClickable(By.cssSelector(".unionflow-trail-search .trail-key"))).sendKeys(businessKey);
    driver.findElement(By.cssSelector(".unionflow-trail-search button[type='submit']")).click();
    wait.until(elementToBeClickable(By.cssSelector(".trail-open[data-key='" + businessKey + "']"))).click();

    By end = By.xpath("//div[contains(@class,'unionflow-trail')]//tr[contains(@class,'trail-CASE_ENDED')]");
    assertThat(wait.until(visibilityOfElementLocated(end)).getText()).contains("结案 / Case ended", "已完成 / Completed");
    assertThat(driver.findElement(By.cssSelector(".unionflow-trail")).getText())
        .contains(businessKey, PLAN_VISIT, RECORD_VISIT, "ps-officer1", "Chain intact");
    blur();
    screenshot("08-cockpit-approval-trail-page");
  }

  @Test
  void theCardNamesTheCaseAndMoneyOverTheStandardIsRefusedAtItsFieldKeepingWhatWasTyped() throws Exception {
    String businessKey = plannedHospitalisation("PS-0012", "ps-officer1", "Li Na");
    RestClient officer = as("ps-officer1");
    String taskId = openTaskOf(officer, businessKey, "recordVisit").get("id").asText();
    String caseTitle = caseTitleOf(officer, taskId);
    assertThat(caseTitle).startsWith(businessKey + " · ").endsWith(" · Hospitalisation / 生病住院");

    logIn("/camunda/app/tasklist/", "ps-officer1");
    openTasklistFilter(MY_GROUPS_TASKS);
    WebElement card = wait.until(visibilityOfElementLocated(taskCard(taskId)));
    assertThat(card.getText()).contains(RECORD_VISIT, caseTitle);
    blur();
    screenshot("09-tasklist-card-names-the-case");

    driver.findElement(taskLink(taskId)).click();
    wait.until(elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(invisibilityOfElementLocated(By.cssSelector("button.claim")));
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains(caseTitle);
    wait.until(elementToBeClickable(input("recordVisit_visitDate-date")))
        .sendKeys(UnionDay.today().format(PICKER_DAY));
    WebElement visitors = driver.findElement(input("recordVisit_visitors"));
    visitors.click();
    visitors.sendKeys("Li Na");
    WebElement situation = driver.findElement(By.cssSelector(".fjs-form textarea[id$='recordVisit_situation']"));
    situation.sendKeys("Recovering well after the operation");
    WebElement money = driver.findElement(input("recordVisit_moneyHandedOver"));
    money.sendKeys("99999");
    // a long form: the button sits under the page footer until scrolled to
    WebElement complete = wait.until(elementToBeClickable(completeButton()));
    scrollTo(complete);
    complete.click();

    // the server's refusal, under the money field alone, word for word
    WebElement refusal = wait.until(visibilityOfElementLocated(By.cssSelector(
        ".fjs-form-field.unionflow-field-error .unionflow-field-error-message")));
    assertThat(driver.findElements(By.cssSelector(".fjs-form-field.unionflow-field-error"))).hasSize(1);
    WebElement refusedField = refusal.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
    assertThat(refusedField.findElements(input("recordVisit_moneyHandedOver"))).hasSize(1);
    RestClient.Answer sameOverRest = officer.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables",
        Map.of("visitDate", Map.of("value", UnionDay.today().toString()), "visitors", Map.of("value", "Li Na"),
            "situation", Map.of("value", "Recovering well after the operation"),
            "moneyHandedOver", Map.of("value", 99999.0, "type", "Double"),
            "hardshipFound", Map.of("value", false, "type", "Boolean"))));
    assertThat(sameOverRest.status()).isEqualTo(400);
    assertThat(refusal.getText()).isEqualTo(sameOverRest.body().get("fieldErrors").get(0).get("message").asText());
    assertThat(money.getAttribute("value")).isEqualTo("99999");
    assertThat(visitors.getAttribute("value")).isEqualTo("Li Na");
    assertThat(situation.getAttribute("value")).isEqualTo("Recovering well after the operation");
    blur();
    screenshot("10-tasklist-record-visit-refused-at-the-field");
    assertThat(officer.get("/engine-rest/task/" + taskId).body().get("assignee").asText()).isEqualTo("ps-officer1");

    // correcting the field takes the mark away, and the corrected form completes the task
    money.sendKeys(Keys.chord(Keys.CONTROL, "a"), "300");
    wait.until(invisibilityOfElementLocated(By.cssSelector(".unionflow-field-error-message")));
    dismissNotifications();
    complete.click();
    wait.until(invisibilityOfElementLocated(taskLink(taskId)));
    assertThat(officer.get("/engine-rest/task/" + taskId).status()).isEqualTo(404);
  }

  @Test
  void aRefusedReportOfAnEventIsShownAtItsFieldInTheStartForm() throws Exception {
    logIn("/camunda/app/tasklist/", "ps-leader1");
    // the form lets any date through; the server knows an event so far ahead cannot be reported yet
    String member = memberLabel("ps-officer1", "PS-0009");
    fillEventStartForm(nameIn(member), member, UnionDay.today().plusDays(120), "Marries next spring", "ps-leader1");
    startTheCase();
    WebElement details = driver.findElement(By.cssSelector(".modal .fjs-form textarea[id$='reportVisitEvent_details']"));

    WebElement refusal = wait.until(visibilityOfElementLocated(By.cssSelector(
        ".modal .fjs-form-field.unionflow-field-error .unionflow-field-error-message")));
    assertThat(driver.findElements(By.cssSelector(".modal .fjs-form-field.unionflow-field-error"))).hasSize(1);
    assertThat(refusal.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"))
        .findElements(By.cssSelector("input[id$='reportVisitEvent_eventDate-date']"))).hasSize(1);
    assertThat(refusal.getText()).isNotBlank().doesNotContain("ENGINE-", "fiveMandatoryVisits:");
    assertThat(details.getAttribute("value")).isEqualTo("Marries next spring");
    blur();
    screenshot("11-tasklist-report-event-refused-at-the-field");
  }

  @Test
  void theLeaderWhoReportsAnEventIsToldItsNumberAndFollowsItUnderMyCases() throws Exception {
    logIn("/camunda/app/tasklist/", "ps-leader2");
    String member = memberLabel("ps-officer1", "PS-0016");
    fillEventStartForm(nameIn(member), member, UnionDay.today(), "Marries on Saturday", "ps-leader2");
    startTheCase();

    String told = wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-case-started"))).getText();
    String businessKey = as("ps-leader2").get("/api/my/cases").body().get(0).get("businessKey").asText();
    assertThat(told).contains("已发起 " + businessKey);

    wait.until(elementToBeClickable(By.cssSelector(".unionflow-my-cases-link"))).click();
    WebElement row = wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-my-cases tr[data-key='"
        + businessKey + "']")));
    assertThat(row.getText()).contains(businessKey, VISITS, "办理中 / In progress", PLAN_VISIT);
    blur();
    screenshot("12-tasklist-my-cases-after-reporting");
  }

  @Test
  void aClaimedTaskIsReleasedCommentedAndHandedOverByTheChairToAnotherOfficer() throws Exception {
    String businessKey = reportedHospitalisation("PS-0014");
    RestClient officer = as("ps-officer1");
    String taskId = openTaskOf(officer, businessKey, "planVisit").get("id").asText();

    logIn("/camunda/app/tasklist/", "ps-officer1");
    openTask(taskId);
    claim();
    assertThat(officer.get("/engine-rest/task/" + taskId).body().get("assignee").asText()).isEqualTo("ps-officer1");
    // released: back to the group, claimable again
    wait.until(elementToBeClickable(By.cssSelector("li.assignee button.unclaim"))).click();
    wait.until(elementToBeClickable(By.cssSelector("button.claim")));
    assertThat(officer.get("/engine-rest/task/" + taskId).body().get("assignee").isNull()).isTrue();
    screenshot("13-tasklist-task-released");

    claim();
    wait.until(elementToBeClickable(By.cssSelector(".createCommentLink"))).click();
    wait.until(elementToBeClickable(By.id("comment-form-message"))).sendKeys("家属说周五前不便探望 / Family asks to wait");
    driver.findElement(By.cssSelector(".modal button[type='submit']")).click();
    wait.until(invisibilityOfElementLocated(By.id("comment-form-message")));
    wait.until(elementToBeClickable(By.xpath("//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
        + "//a[normalize-space()='历史']"))).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".history-pane"), "家属说周五前不便探望"));
    assertThat(driver.findElement(By.cssSelector(".history-pane")).getText()).contains("ps-officer1");
    blur();
    screenshot("14-tasklist-comment-on-the-history-tab");

    // the chair hands the claimed task over to another officer of the task's group
    logOut();
    logIn("/camunda/app/tasklist/", "ps-chair");
    openTask(taskId);
    wait.until(elementToBeClickable(By.cssSelector("li.assignee [cam-widget-inline-field]"))).click();
    WebElement assignee = wait.until(elementToBeClickable(By.cssSelector("li.assignee input")));
    assignee.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ps-officer2");
    wait.until(elementToBeClickable(By.cssSelector(".cam-widget-inline-field.btn-group button[ng-click='applyChange($event);']"))).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("li.assignee"), name("ps-officer2")));
    assertThat(officer.get("/engine-rest/task/" + taskId).body().get("assignee").asText()).isEqualTo("ps-officer2");
    blur();
    screenshot("15-tasklist-chair-hands-the-task-over");
  }

  @Test
  void theChairApprovesAnExpenseAndTheTreasurerPaysItAndIsToldTheVoucher() throws Exception {
    String businessKey = requestedSportsExpense("ps-officer2", "Table tennis balls for the staff match", 320.5,
        "红双喜体育用品店");

    logIn("/camunda/app/tasklist/", "ps-chair");
    openTask(openTaskOf(as("ps-chair"), businessKey, "approveExpense").get("id").asText());
    claim();
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains(businessKey,
        "Table tennis balls for the staff match");
    choose("approveExpense_approval", "Approve / 批准");
    blur();
    screenshot("16-tasklist-chair-approves-expense");
    complete();
    wait.until(invisibilityOfElementLocated(completeButton()));

    logOut();
    logIn("/camunda/app/tasklist/", "ps-treasurer");
    openTask(openTaskOf(as("ps-treasurer"), businessKey, "payExpense").get("id").asText());
    claim();
    typeDate("payExpense_paidOn", UnionDay.today());
    choose("payExpense_paymentMethod", "Bank transfer / 银行转账");
    complete();
    String voucher = wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-case-voucher"))).getText();
    JsonNode expense = as("ps-treasurer").get("/api/fund/expenses/" + businessKey).body();
    assertThat(expense.get("voucherNo").asText()).matches("PZ-\\d{4}-\\d{4}");
    assertThat(voucher).contains("凭证号 " + expense.get("voucherNo").asText(), "¥320.50");
    blur();
    screenshot("17-tasklist-treasurer-told-the-voucher");
  }

  // --- steps -----------------------------------------------------------------------------------------

  private String overlayActivity(WebElement badge) {
    return badge.findElement(By.xpath("ancestor::div[@data-container-id][1]")).getAttribute("data-container-id");
  }

  /** Cockpit's running-instance count overlaid on an activity of the bpmn-js diagram. */
  private static By badge(String activityId) {
    return By.cssSelector(".djs-overlays[data-container-id='" + activityId + "'] .badge.instance-count");
  }
}
