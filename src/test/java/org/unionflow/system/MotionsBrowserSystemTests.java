package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Real Chromium against the packaged app: a staff congress motion walks its main path in Tasklist, each step
 * claimed and filled by the person SPEC.md names: representative ps-rep1 submits it from 发起流程, choosing the
 * co-signers by name, co-signer ps-rep2 confirms it (附议) in their own task (ps-rep3 over REST), the motion
 * committee accepts it for the academic affairs department (a lead department outside the chosen ones is refused
 * at its field), the department drafts the reply, the principal signs it off, the proposer is satisfied; the chair
 * reads the instance and its approval trail in Cockpit. Screenshots go to target/screenshots/.
 */
class MotionsBrowserSystemTests extends BrowserTestSupport {

  private static final String PROCESS_NAME = "Congress motion / 教代会提案";
  private static final String TITLE = "周六开放教工食堂 / Canteen open on Saturdays";
  private static final String ACADEMIC = "Academic affairs department / 教务处";
  private static final String GENERAL_AFFAIRS = "General affairs department / 总务处";
  private static final String REVIEW_MOTION = "Review motion / 提案审查";

  @Test
  void aMotionIsSubmittedAcceptedAnsweredSignedOffAndFoundSatisfyingThenTheChairReadsItsTrail() throws Exception {
    logIn("/camunda/app/tasklist/", "ps-rep1");
    submitMotion();
    String told = wait.until(visibilityOfElementLocated(By.cssSelector(".unionflow-case-started"))).getText();
    String businessKey = as("ps-rep1").get("/api/my/cases").body().get(0).get("businessKey").asText();
    assertThat(told).contains("已发起 " + businessKey);
    blur();
    screenshot("motion-01-representative-submits");

    // the co-signer finds the confirmation assigned to them, nothing to claim
    logOut();
    logIn("/camunda/app/tasklist/", "ps-rep2");
    RestClient coSigner = as("ps-rep2");
    String confirmation = coSigner.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=confirmCoSigning&assignee=ps-rep2").body().get(0).get("id").asText();
    openTask(confirmation);
    // the form loads after the task card: wait until its text view shows the motion
    wait.until(textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "李伟、张芳"));
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains(TITLE, "李伟、张芳");
    choose("confirmCoSigning_coSigning", "Co-sign / 附议");
    type("confirmCoSigning_coSigningComment", "同意 / Agreed");
    blur();
    screenshot("motion-01b-co-signer-confirms");
    completeAndWait();
    String other = as("ps-rep3").get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=confirmCoSigning&assignee=ps-rep3").body().get(0).get("id").asText();
    assertThat(as("ps-rep3").post("/engine-rest/task/" + other + "/submit-form",
        Map.of("variables", Map.of("coSigning", Map.of("value", "CONFIRM")))).status()).isEqualTo(204);
    assertThat(coSigner.get("/api/motions/" + businessKey).body().get("confirmedCoSigners").toString())
        .contains("ps-rep2", "ps-rep3");

    // the committee finds the motion on its card by title
    RestClient committee = as("ps-motions");
    String reviewId = openTaskOf(committee, businessKey, "reviewMotion").get("id").asText();
    String caseTitle = caseTitleOf(committee, reviewId);
    assertThat(caseTitle).contains(businessKey, TITLE);
    logOut();
    logIn("/camunda/app/tasklist/", "ps-motions");
    openTasklistFilter(MY_GROUPS_TASKS);
    WebElement card = wait.until(visibilityOfElementLocated(taskCard(reviewId)));
    assertThat(card.getText()).contains(REVIEW_MOTION, caseTitle);
    blur();
    screenshot("motion-02-committee-card-names-the-motion");

    driver.findElement(taskLink(reviewId)).click();
    claim();
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains(TITLE);
    fillReview(GENERAL_AFFAIRS);
    complete();
    // the server holds the lead to the chosen departments, and says so in Chinese at that field
    assertThat(refusalAt("reviewMotion_leadDepartment")).contains("主办部门须为所选承办部门之一");
    assertThat(committee.get("/engine-rest/task/" + reviewId).body().get("assignee").asText())
        .isEqualTo("ps-motions");
    blur();
    screenshot("motion-03-lead-department-refused-at-its-field");

    // a refused form-js select does not open its list again: the form is opened afresh and filled right
    driver.navigate().refresh();
    openTask(reviewId);
    fillReview(ACADEMIC);
    dismissNotifications();
    blur();
    screenshot("motion-04-committee-accepts-for-academic-affairs");
    completeAndWait();
    JsonNode accepted = committee.get("/api/motions/" + businessKey).body();
    assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.get("departments").get(0).asText()).isEqualTo("dept-academic");

    logOut();
    logIn("/camunda/app/tasklist/", "ps-dept-academic");
    openTask(openTaskOf(as("ps-dept-academic"), businessKey, "draftReply").get("id").asText());
    claim();
    choose("draftReply_replyOutcome", "Solved / 已解决");
    type("draftReply_replyContent", "自下周起周六11:00至13:00开放食堂 / The canteen opens 11:00-13:00 on Saturdays");
    blur();
    screenshot("motion-05-department-drafts-the-reply");
    completeAndWait();

    logOut();
    logIn("/camunda/app/tasklist/", "ps-principal");
    openTask(openTaskOf(as("ps-principal"), businessKey, "signOffReply").get("id").asText());
    claim();
    assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains("自下周起周六11:00至13:00开放食堂");
    choose("signOffReply_signOff", "Approve / 同意");
    blur();
    screenshot("motion-06-principal-signs-off");
    completeAndWait();

    // the chair reads the case waiting on the proposer and its trail so far
    logOut();
    logIn("/camunda/app/cockpit/", "ps-chair");
    String instanceId = accepted.get("processInstanceId").asText();
    String trail = readApprovalTrailTab(instanceId, businessKey);
    assertThat(trail).contains("发起 / Case started", "Confirm co-signing / 确认附议", "ps-rep2", REVIEW_MOTION, "ps-motions", "Draft reply / 起草答复",
        "ps-dept-academic", "Sign off reply / 审签答复", "ps-principal", "Give feedback / 反馈意见", "待办理 / Open")
        .doesNotContain("USER_TASK", "{\"");
    blur();
    screenshot("motion-07-chair-reads-the-trail");

    // the proposer's own task: assigned to ps-rep1, nothing to claim
    logOut();
    logIn("/camunda/app/tasklist/", "ps-rep1");
    openTask(openTaskOf(as("ps-rep1"), businessKey, "giveFeedback").get("id").asText());
    choose("giveFeedback_feedback", "Satisfied / 满意");
    type("giveFeedback_feedbackComment", "感谢 / Thank you");
    blur();
    screenshot("motion-08-proposer-is-satisfied");
    completeAndWait();

    JsonNode published = as("ps-chair").get("/api/motions/" + businessKey).body();
    assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.get("feedback").asText()).isEqualTo("SATISFIED");
    assertThat(published.get("replies").get(0).get("content").asText()).startsWith("自下周起");
    assertThat(as("ps-chair").get("/engine-rest/process-instance/" + instanceId).status()).isEqualTo(404);
  }

  /** From Tasklist's 发起流程: the motion's start form filled and sent with 发起. */
  private void submitMotion() {
    wait.until(elementToBeClickable(By.xpath("//a[contains(normalize-space(),'发起流程')]"))).click();
    wait.until(elementToBeClickable(By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + PROCESS_NAME
        + "']"))).click();
    type("submitMotion_title", TITLE);
    choose("submitMotion_category", "Welfare / 福利");
    type("submitMotion_reasons", "周末值班的老师无处就餐 / Teachers on weekend duty have nowhere to eat");
    type("submitMotion_measures", "周六11:00至13:00开放食堂 / Open the canteen 11:00-13:00 on Saturdays");
    fillCoSigners();
    wait.until(elementToBeClickable(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='发起']")))
        .click();
  }

  /** The two co-signing representatives of the session (李伟 ps-rep2, 张芳 ps-rep3), picked by Chinese name. */
  private void fillCoSigners() {
    pickTag("submitMotion_coSigners", "李伟");
    pickTag("submitMotion_coSigners", "张芳");
  }

  /** Types a name into a form-js tag list and takes the option it labels (name · union group). */
  private void pickTag(String idSuffix, String name) {
    WebElement search = wait.until(elementToBeClickable(input(idSuffix)));
    search.click();
    search.sendKeys(name);
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(),'"
        + name + " · ')]"))).click();
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(@class,'fjs-taglist-tag')][contains(normalize-space(),'"
        + name + "')]")));
  }

  /** Accepts the motion for academic affairs, with the lead department given. */
  private void fillReview(String leadDepartment) {
    choose("reviewMotion_decision", "Accept / 立案");
    chooseTag("reviewMotion_handlingDepartments", ACADEMIC);
    choose("reviewMotion_leadDepartment", leadDepartment);
    type("reviewMotion_decisionReason", "属学校职责范围 / Within the school's remit");
  }

  /** Adds an option of a form-js tag list by its label. */
  private void chooseTag(String idSuffix, String label) {
    wait.until(elementToBeClickable(input(idSuffix))).click();
    wait.until(elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label
        + "']"))).click();
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(@class,'fjs-taglist-tag')][contains(normalize-space(),'"
        + label + "')]")));
    blur();
  }
}
