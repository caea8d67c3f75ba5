package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.unionflow.UnionDay;

/**
 * Real Chromium against the packaged app: a fund audit of this month, with one paid expense to sample, walks its
 * main path in Tasklist as the people the fundAudit model names: the treasurer confirms the package, auditor 1
 * finds an issue on the sampled voucher in its row (an issue without its text is refused at the row's note),
 * auditor 2 finds it in order, the treasurer answers the finding's row, auditor 1 re-checks it and drafts the
 * report, both auditors vote for it; an
 * auditor reads the trail in Cockpit and may not change the case. Screenshots go to target/screenshots/.
 */
class AuditBrowserSystemTests extends BrowserTestSupport {

  private static final String PREPARE_PACKAGE = "Prepare audit package / 准备审查资料";
  private static final String ISSUE = "缺少发票原件 / no original invoice";

  @Test
  void anAuditIsPreparedReviewedRectifiedRecheckedReportedAndVotedThroughTasklist() throws Exception {
    payAnExpense();
    JsonNode requested = requestedAuditOfThisMonth();
    String businessKey = requested.get("businessKey").asText();
    String instanceId = requested.get("processInstanceId").asText();

    // the treasurer finds the audit on its card and confirms the package
    RestClient treasurer = as("ps-treasurer");
    String packageId = openTaskOf(treasurer, businessKey, "prepareAuditPackage").get("id").asText();
    String caseTitle = caseTitleOf(treasurer, packageId);
    assertThat(caseTitle).contains(businessKey);
    logIn("/camunda/app/tasklist/", "ps-treasurer");
    openTasklistFilter(MY_GROUPS_TASKS);
    assertThat(wait.until(visibilityOfElementLocated(taskCard(packageId))).getText())
        .contains(PREPARE_PACKAGE, caseTitle);
    driver.findElement(taskLink(packageId)).click();
    claim();
    wait.until(elementToBeClickable(input("prepareAuditPackage_packageConfirmed"))).click();
    type("prepareAuditPackage_treasurerRemarks", "凭证已按月装订 / vouchers bound by month");
    blur();
    screenshot("audit-01-treasurer-confirms-the-package");
    completeAndWait();

    // auditor 1 finds the sampled voucher in its row and marks it an issue, first without saying what is wrong
    RestClient auditor = as("ps-auditor1");
    JsonNode samples = auditor.get("/api/fund/audits/" + businessKey).body().get("samples");
    assertThat(samples).hasSize(1);
    String voucher = samples.get(0).get("voucherNo").asText();
    logOut();
    logIn("/camunda/app/tasklist/", "ps-auditor1");
    openTask(reviewOf("ps-auditor1", businessKey));
    assertThat(shownIn("reviewVouchers_voucherNo_0")).startsWith(voucher + " · 260.00 元");
    assertThat(driver.findElements(By.cssSelector(".fjs-form [id$='reviewVouchers_voucherNo_1-display']"))).isEmpty();
    choose("reviewVouchers_result_0", "Issue / 有问题");
    complete();
    assertThat(refusalAt("reviewVouchers_note_0")).isEqualTo("请写明 " + voucher + " 的问题 / say what is wrong with "
        + voucher);
    blur();
    screenshot("audit-02-issue-without-text-refused-at-its-row");
    type("reviewVouchers_note_0", ISSUE);
    wait.until(invisibilityOfElementLocated(By.cssSelector(".unionflow-field-error-message")));
    dismissNotifications();
    completeAndWait();

    logOut();
    logIn("/camunda/app/tasklist/", "ps-auditor2");
    openTask(reviewOf("ps-auditor2", businessKey));
    assertThat(shownIn("reviewVouchers_voucherNo_0")).startsWith(voucher);
    choose("reviewVouchers_result_0", "In order / 无问题");
    blur();
    screenshot("audit-03-second-auditor-finds-the-voucher-in-order");
    completeAndWait();

    logOut();
    logIn("/camunda/app/tasklist/", "ps-treasurer");
    openTask(openTaskOf(treasurer, businessKey, "rectifyFindings").get("id").asText());
    claim();
    assertThat(shownIn("rectifyFindings_finding_0")).contains(voucher, "ps-auditor1", ISSUE);
    type("rectifyFindings_response_0", "已补交发票原件 / original invoice filed");
    blur();
    screenshot("audit-04-treasurer-rectifies");
    completeAndWait();

    logOut();
    logIn("/camunda/app/tasklist/", "ps-auditor1");
    openTask(openTaskOf(auditor, businessKey, "recheckFindings").get("id").asText());
    claim();
    assertThat(shownIn("recheckFindings_finding_0")).contains(voucher, ISSUE, "已补交发票原件");
    choose("recheckFindings_result_0", "Resolved / 已解决");
    blur();
    screenshot("audit-05-auditor-rechecks");
    completeAndWait();

    openTask(openTaskOf(auditor, businessKey, "draftAuditReport").get("id").asText());
    claim();
    type("draftAuditReport_conclusion", "经费使用合规，发现的问题已整改 / funds used properly, the finding rectified");
    blur();
    screenshot("audit-06-auditor-drafts-the-report");
    completeAndWait();

    openTask(voteOf("ps-auditor1", businessKey));
    voteFor();
    completeAndWait();

    // auditor 2 reads the case in Cockpit before voting, and may not change it
    logOut();
    logIn("/camunda/app/cockpit/", "ps-auditor2");
    String trail = readApprovalTrailTab(instanceId, businessKey);
    assertThat(trail).contains(PREPARE_PACKAGE, "ps-treasurer", "Review sampled vouchers / 审查抽样凭证",
        "ps-auditor1", "Re-check rectification / 复查整改", "Vote on audit report / 表决审查报告", "待办理 / Open")
        .doesNotContain("USER_TASK", "{\"");
    blur();
    screenshot("audit-07-auditor-reads-the-trail");
    RestClient.Answer change = as("ps-auditor2").post("/engine-rest/process-instance/" + instanceId + "/variables",
        Map.of("modifications", Map.of("conclusion", RestClient.value("changed"))));
    assertThat(change.status()).isEqualTo(403);

    logOut();
    logIn("/camunda/app/tasklist/", "ps-auditor2");
    openTask(voteOf("ps-auditor2", businessKey));
    voteFor();
    blur();
    screenshot("audit-08-second-auditor-votes-for");
    completeAndWait();

    JsonNode audit = auditor.get("/api/fund/audits/" + businessKey).body();
    assertThat(audit.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(audit.get("votesFor").asInt()).isEqualTo(2);
    // one line per auditor: auditor 1's issue, rectified and resolved; auditor 2's voucher in order
    assertThat(audit.get("findings")).hasSize(2);
    JsonNode issue = audit.get("findings").get(0);
    assertThat(issue.get("auditor").asText()).isEqualTo("ps-auditor1");
    assertThat(issue.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(issue.get("response").asText()).contains("已补交发票原件");
    assertThat(audit.get("findings").get(1).get("status").asText()).isEqualTo("OK");
  }

  /** A sports expense approved by the chair and paid by the treasurer today: a voucher for the audit to sample. */
  private static void payAnExpense() throws Exception {
    String expense = requestedSportsExpense("ps-officer1", "Badminton shuttles for the staff league", 260.0,
        "李宁体育用品店");
    assertThat(as("ps-chair").claimAndSubmit(expense, "approveExpense", Map.of("approval", "APPROVED")).ok()).isTrue();
    assertThat(as("ps-treasurer").claimAndSubmit(expense, "payExpense", Map.of("paidOn", UnionDay.today().toString(),
        "paymentMethod", "BANK_TRANSFER")).ok()).isTrue();
  }

  /** The auditor's own Review vouchers task (one per auditor, assigned): nothing to claim. */
  private static String reviewOf(String auditor, String businessKey) throws Exception {
    return assignedTask(auditor, businessKey, "reviewVouchers");
  }

  private static String voteOf(String auditor, String businessKey) throws Exception {
    return assignedTask(auditor, businessKey, "voteOnAuditReport");
  }

  private static String assignedTask(String auditor, String businessKey, String taskKey) throws Exception {
    JsonNode tasks = as(auditor).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey + "&assignee=" + auditor).body();
    assertThat(tasks).as("%s's %s of %s", auditor, taskKey, businessKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** What a read-only choice of a list's row shows: the label of the voucher or finding the row is about. */
  private String shownIn(String idSuffix) {
    return wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-form [id$='" + idSuffix + "-display']")))
        .getText();
  }

  private void voteFor() {
    WebElement forOption = wait.until(elementToBeClickable(By.xpath("//form[contains(@class,'fjs-form')]"
        + "//label[contains(normalize-space(),'For / 同意')]")));
    forOption.click();
    type("voteOnAuditReport_voteComment", "同意公布 / publish it");
  }
}
