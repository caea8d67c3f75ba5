package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.unionflow.UnionDay;

/**
 * Real Chromium against the packaged app: a hardship-aid case walks its main path in Tasklist as the people the
 * hardshipAid model names. An officer applies for a member found by a Chinese name (an accident: at most 8,000
 * yuan); the officer comments on the first home verification and releases it, another officer takes it; that
 * officer is refused the second verification, whose form starts empty, and the first officer makes it; the
 * committee's amount above the case's maximum without a reason is refused at its field, then given with one; the
 * public notice runs out (its timer moved on by the administrator); the chair approves, and as the amount is
 * above 5,000 yuan the county's officer approves from their own inbox; the treasurer pays and is told the
 * voucher; the chair reads the trail in Cockpit. Screenshots go to target/screenshots/.
 */
class AidBrowserSystemTests extends BrowserTestSupport {

  private static final String HARDSHIP_AID = "Hardship aid / 困难职工帮扶";
  private static final String VERIFY_AT_HOME = "Verify at home / 入户核实";
  private static final String HIGHER_LEVEL_APPROVAL = "Higher-level union approval / 上级工会审批";
  private static final String STAFF_NO = "PS-AW01";
  private static final String MEMBER = "慕容秋月";
  private static final String COMMENT = "已约好周三下午入户 / home visit agreed for Wednesday afternoon";
  private static final String FIRST_FINDINGS = "房屋失火，家具家电全部损毁 / fire destroyed the furniture and appliances";
  private static final String SECOND_FINDINGS = "租住临时住房，收入情况属实 / in temporary lodging, income as stated";
  private static final Pattern CASE_KEY = Pattern.compile("AID-\\d{4}-\\d+");

  @Test
  void anAidCaseIsAppliedForVerifiedTwiceReviewedNoticedApprovedTwiceAndPaidThroughTasklist() throws Exception {
    // a member of the primary school's union for whom no aid was ever asked
    addedMember(STAFF_NO, MEMBER, 41, 15);
    String label = MEMBER + " · " + STAFF_NO + " · 数学组";

    // an officer applies, the member found by typing part of a Chinese name
    logIn("/camunda/app/tasklist/", "ps-officer1");
    openStartForm(HARDSHIP_AID);
    pick("applyForAid_memberStaffNo", "慕容", label);
    choose("applyForAid_source", "Application / 个人申请");
    choose("applyForAid_category", "Accident or disaster / 意外灾害");
    // typed after a select closes, keys can be lost: typed until each field holds them
    fill(input("applyForAid_householdSize"), "3");
    fill(input("applyForAid_incomePerHead"), "900");
    fill(textField("applyForAid_description"), "家中失火，房屋受损 / a fire damaged the family's home");
    blur();
    screenshot("aid-01-officer-applies-choosing-the-member-by-name");
    startTheCase();
    String businessKey = caseKeyIn(wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-case-started")))
        .getText());
    RestClient officer1 = as("ps-officer1");
    JsonNode applied = officer1.get("/api/aid/cases/" + businessKey).body();
    assertThat(applied.get("memberStaffNo").asText()).isEqualTo(STAFF_NO);
    assertThat(applied.get("category").asText()).isEqualTo("ACCIDENT_OR_DISASTER");
    assertThat(applied.get("householdSize").asInt()).isEqualTo(3);
    assertThat(applied.get("incomePerHead").decimalValue()).isEqualByComparingTo("900");
    assertThat(applied.get("eligible").asBoolean()).isTrue();
    assertThat(applied.get("maxAmount").decimalValue()).isEqualByComparingTo("8000");
    String instanceId = applied.get("processInstanceId").asText();

    // the officer claims the first verification, notes the appointment on it and releases it to the group
    String verifyId = openTaskOf(officer1, businessKey, "verifyAtHome").get("id").asText();
    openTask(verifyId);
    claim();
    addComment(COMMENT);
    wait.until(elementToBeClickable(By.cssSelector("li.assignee button.unclaim"))).click();
    wait.until(elementToBeClickable(By.cssSelector("button.claim")));
    assertThat(officer1.get("/engine-rest/task/" + verifyId).body().get("assignee").isNull()).isTrue();
    blur();
    screenshot("aid-02-officer-comments-then-releases-the-verification");

    // another officer finds it in the group's inbox, takes it and verifies at home
    logOut();
    logIn("/camunda/app/tasklist/", "ps-officer2");
    RestClient officer2 = as("ps-officer2");
    String caseTitle = caseTitleOf(officer2, verifyId);
    assertThat(caseTitle).startsWith(businessKey + " · " + MEMBER);
    openTasklistFilter(MY_GROUPS_TASKS);
    assertThat(wait.until(visibilityOfElementLocated(taskCard(verifyId))).getText()).contains(VERIFY_AT_HOME, caseTitle);
    driver.findElement(taskLink(verifyId)).click();
    claim();
    assertThat(officer2.get("/engine-rest/task/" + verifyId).body().get("assignee").asText()).isEqualTo("ps-officer2");
    fill(textField("verifyAtHome_findings"), FIRST_FINDINGS);
    choose("verifyAtHome_recommendation", "Support / 建议帮扶");
    blur();
    screenshot("aid-03-another-officer-takes-and-verifies-at-home");
    completeAndWait();

    // the second verification: offered to the group, but the officer of the first is refused it, in Chinese
    String againId = openTaskOf(officer2, businessKey, "verifyAtHomeAgain").get("id").asText();
    openTask(againId);
    assertThat(textOf("verifyAtHome_findings")).isEmpty();
    wait.until(elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".page-notifications"),
        "ps-officer2 已办理本案的上一环节，此任务须由另一人办理。"));
    assertThat(driver.findElements(By.cssSelector("button.claim"))).isNotEmpty();
    assertThat(officer2.get("/engine-rest/task/" + againId).body().get("assignee").isNull()).isTrue();
    blur();
    screenshot("aid-04-first-verifier-refused-the-second-check");

    // the first officer makes the second verification on a form that starts empty
    logOut();
    logIn("/camunda/app/tasklist/", "ps-officer1");
    openTask(againId);
    claim();
    assertThat(textOf("verifyAtHome_findings")).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("房屋失火");
    fill(textField("verifyAtHome_findings"), SECOND_FINDINGS);
    choose("verifyAtHome_recommendation", "Support / 建议帮扶");
    blur();
    screenshot("aid-05-first-officer-verifies-again-independently");
    completeAndWait();
    JsonNode verified = officer1.get("/api/aid/cases/" + businessKey).body();
    assertThat(verified.get("firstVerification").get("officer").asText()).isEqualTo("ps-officer2");
    assertThat(verified.get("firstVerification").get("findings").asText()).isEqualTo(FIRST_FINDINGS);
    assertThat(verified.get("secondVerification").get("officer").asText()).isEqualTo("ps-officer1");
    assertThat(verified.get("secondVerification").get("findings").asText()).isEqualTo(SECOND_FINDINGS);

    // the committee: an amount above the case's maximum without a reason is refused at the amount
    logOut();
    logIn("/camunda/app/tasklist/", "ps-chair");
    RestClient chair = as("ps-chair");
    String reviewId = openTaskOf(chair, businessKey, "reviewCase").get("id").asText();
    openTask(reviewId);
    claim();
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains(businessKey, MEMBER, "8000");
    choose("reviewAidCase_decision", "Approve / 批准");
    fill(input("reviewAidCase_approvedAmount"), "9000");
    complete();
    assertThat(refusalAt("reviewAidCase_approvedAmount")).isEqualTo("超过本案最高额 8000.00 元，请记录例外理由 / exceeds the "
        + "maximum of 8000.00 yuan for this case; record the reason for the exception");
    assertThat(chair.get("/engine-rest/task/" + reviewId).body().get("assignee").asText()).isEqualTo("ps-chair");
    blur();
    screenshot("aid-06-amount-above-the-maximum-refused-at-its-field");

    fill(input("reviewAidCase_approvedAmount"), "6000");
    wait.until(invisibilityOfElementLocated(By.cssSelector(".unionflow-field-error-message")));
    fill(textField("reviewAidCase_decisionReason"), "两人核实属实，损失较大 / both officers confirm a heavy loss");
    dismissNotifications();
    blur();
    screenshot("aid-07-committee-approves-6000-with-a-reason");
    completeAndWait();
    JsonNode onNotice = chair.get("/api/aid/cases/" + businessKey).body();
    assertThat(onNotice.get("approvedAmount").decimalValue()).isEqualByComparingTo("6000");
    assertThat(onNotice.get("decidedBy").asText()).isEqualTo("ps-chair");
    assertThat(onNotice.get("noticeStarts").asText()).isEqualTo(UnionDay.today().toString());
    // on the public notice the union reads the name masked
    assertThat(StreamSupport.stream(as("ps-leader1").get("/api/aid/notices").body().spliterator(), false)
        .filter(notice -> businessKey.equals(notice.path("businessKey").asText()))
        .map(notice -> notice.get("memberName").asText()).toList()).containsExactly("慕*");

    // no objection: the administrator moves the notice period's timer on (not a step anyone takes in Tasklist)
    RestClient admin = new RestClient(app.baseUrl(), "admin", "admin");
    JsonNode timers = admin.get("/engine-rest/job?processInstanceId=" + instanceId + "&activityId=noticePeriodEnded")
        .body();
    assertThat(timers).hasSize(1);
    RestClient.Answer moved = admin.post("/engine-rest/job/" + timers.get(0).get("id").asText() + "/execute", Map.of());
    assertThat(moved.ok()).as("notice timer executed: %s", moved).isTrue();

    // the chair approves
    openTask(openTaskOf(chair, businessKey, "approveAid").get("id").asText());
    claim();
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains(businessKey, "6000");
    choose("approveAid_approval", "Approve / 批准");
    blur();
    screenshot("aid-08-chair-approves-after-the-notice");
    completeAndWait();

    // above 5,000 yuan: the county's officer, whose inbox holds many unions' cases, each card naming its union
    logOut();
    logIn("/camunda/app/tasklist/", "county-officer");
    RestClient county = as("county-officer");
    String upwardsId = openTaskOf(county, businessKey, "approveAtHigherLevel").get("id").asText();
    String upwardsTitle = caseTitleOf(county, upwardsId);
    assertThat(upwardsTitle).startsWith("阳光小学工会 · " + businessKey);
    openTasklistFilter(MY_GROUPS_TASKS);
    assertThat(wait.until(visibilityOfElementLocated(taskCard(upwardsId))).getText())
        .contains(HIGHER_LEVEL_APPROVAL, upwardsTitle);
    blur();
    screenshot("aid-09-county-officer-finds-the-case-named-with-its-union");
    driver.findElement(taskLink(upwardsId)).click();
    claim();
    choose("approveAid_approval", "Approve / 批准");
    fill(textField("approveAid_approvalComment"), "同意 / agreed");
    blur();
    screenshot("aid-10-county-officer-approves");
    completeAndWait();

    // the treasurer pays and is told the voucher
    logOut();
    logIn("/camunda/app/tasklist/", "ps-treasurer");
    RestClient treasurer = as("ps-treasurer");
    openTask(openTaskOf(treasurer, businessKey, "payAid").get("id").asText());
    claim();
    typeDate("payAid_paidOn", UnionDay.today());
    choose("payAid_paymentMethod", "Bank transfer / 银行转账");
    complete();
    String voucher = wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-case-voucher"))).getText();
    JsonNode paid = treasurer.get("/api/aid/cases/" + businessKey).body();
    assertThat(paid.get("status").asText()).isEqualTo("PAID");
    assertThat(paid.get("voucherNo").asText()).matches("PZ-\\d{4}-\\d{4}");
    assertThat(voucher).contains("凭证号 " + paid.get("voucherNo").asText(), "¥6,000.00");
    blur();
    screenshot("aid-11-treasurer-pays-and-is-told-the-voucher");

    // the chair reads the whole case on its trail in Cockpit
    logOut();
    logIn("/camunda/app/cockpit/", "ps-chair");
    String trail = readApprovalTrailTab(instanceId, businessKey);
    assertThat(trail).contains("发起 / Case started", "ps-officer1", VERIFY_AT_HOME, "ps-officer2",
        "Verify at home, second officer / 第二人入户核实", "Review aid case / 委员会审议", "ps-chair",
        "Approve aid / 主席审批", HIGHER_LEVEL_APPROVAL, "county-officer", "Pay aid / 发放帮扶金", "ps-treasurer")
        .doesNotContain("USER_TASK", "{\"");
    blur();
    screenshot("aid-12-chair-reads-the-trail");

    JsonNode done = chair.get("/api/aid/cases/" + businessKey).body();
    assertThat(done.get("chairApproval").get("by").asText()).isEqualTo("ps-chair");
    assertThat(done.get("higherLevelApproval").get("by").asText()).isEqualTo("county-officer");
    List<String> steps = StreamSupport.stream(done.get("approvalSteps").spliterator(), false)
        .map(step -> step.get("completedBy").asText()).toList();
    assertThat(steps).containsExactly("ps-officer2", "ps-officer1", "ps-chair", "ps-chair", "county-officer",
        "ps-treasurer");
    JsonNode file = officer1.get("/api/aid/files/" + STAFF_NO).body();
    assertThat(file.get("aidReceivedTotal").decimalValue()).isEqualByComparingTo("6000");
  }

  /** The case's key, as the notice after 发起 tells it. */
  private static String caseKeyIn(String notice) {
    Matcher key = CASE_KEY.matcher(notice);
    assertThat(key.find()).as("a case key in %s", notice).isTrue();
    return key.group();
  }

  /** Adds a comment to the open task with Tasklist's 添加评论 and finds it on the task's History tab. */
  private void addComment(String text) {
    wait.until(elementToBeClickable(By.cssSelector(".createCommentLink"))).click();
    wait.until(elementToBeClickable(By.id("comment-form-message"))).sendKeys(text);
    driver.findElement(By.cssSelector(".modal button[type='submit']")).click();
    wait.until(invisibilityOfElementLocated(By.id("comment-form-message")));
    wait.until(elementToBeClickable(By.xpath("//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
        + "//a[normalize-space()='历史']"))).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".history-pane"), text));
  }
}
