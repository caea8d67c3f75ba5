package org.unionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Real Chromium against the packaged app: an officer who requested an expense adds its invoice as a PDF from the
 * case's page (a start form cannot take files), a file of another type is refused at the field, and the treasurer's
 * package form links to the audit's own upload page. Screenshots go to target/screenshots/.
 */
class AttachmentsBrowserSystemTests extends BrowserTestSupport {

  private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
      + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  @Test
  void anOfficerUploadsTheInvoiceOfTheirExpenseFromTheCasePage() throws Exception {
    String businessKey = requestAnExpense();
    Path invoice = Files.createTempDirectory("unionflow-upload-").resolve("发票 invoice.pdf");
    Files.write(invoice, PDF);
    Path script = invoice.resolveSibling("script.pdf");
    Files.writeString(script, "<html><script>alert(1)</script></html>");

    logIn("/camunda/app/tasklist/", "ps-officer1");
    driver.get(app.baseUrl() + "/registers/case.html?register=EXPENSES&key=" + businessKey);
    wait.until(elementToBeClickable(By.xpath("//ul[@id='files']//a[contains(normalize-space(),'上传或查看文件')]")))
        .click();
    wait.until(visibilityOfElementLocated(By.id("upload")));
    assertThat(driver.findElement(By.id("title")).getText()).contains(businessKey);

    driver.findElement(By.id("file")).sendKeys(script.toString());
    driver.findElement(By.id("send")).click();
    wait.until(textToBePresentInElementLocated(By.id("file-error"), "不接受此类文件"));
    screenshot("attachments-01-a-disguised-page-refused-at-the-field");

    ((JavascriptExecutor) driver).executeScript("arguments[0].value = ''", driver.findElement(By.id("file")));
    driver.findElement(By.id("file")).sendKeys(invoice.toString());
    driver.findElement(By.id("send")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#files tbody"), "发票 invoice.pdf"));
    // the chair reads it with the case and downloads exactly what was sent
    JsonNode files = as("ps-chair").get("/api/cases/" + instanceOf(businessKey) + "/attachments").body().get("files");
    assertThat(files).hasSize(1);
    // the officer by name, as the account has it, not by user id
    String uploader = files.get(0).get("uploaderName").asText();
    assertThat(uploader).isNotBlank().isNotEqualTo("ps-officer1");
    assertThat(driver.findElement(By.cssSelector("#files tbody")).getText()).contains("PDF", uploader)
        .doesNotContain("ps-officer1");
    screenshot("attachments-02-the-invoice-listed");

    assertThat(files.get(0).get("fileName").asText()).isEqualTo("发票 invoice.pdf");
    assertThat(files.get(0).get("size").asLong()).isEqualTo(PDF.length);
  }

  @Test
  void theTreasurersPackageFormLinksToTheAuditsUploadPage() throws Exception {
    JsonNode requested = requestedAuditOfThisMonth();
    String businessKey = requested.get("businessKey").asText();
    String instanceId = requested.get("processInstanceId").asText();
    String packageId = openTaskOf(as("ps-treasurer"), businessKey, "prepareAuditPackage").get("id").asText();

    logIn("/camunda/app/tasklist/", "ps-treasurer");
    openTask(packageId);
    WebElement link = wait.until(presenceOfElementLocated(By.xpath(
        "//form[contains(@class,'fjs-form')]//a[contains(normalize-space(),'上传或查看本案件的文件')]")));
    assertThat(link.getDomAttribute("href")).isEqualTo("/registers/attachments.html?case=" + instanceId);
    scrollTo(link);
    blur();
    screenshot("attachments-03-the-package-form-links-to-the-files");

    driver.get(app.baseUrl() + link.getDomAttribute("href"));
    wait.until(visibilityOfElementLocated(By.id("upload")));
    assertThat(driver.findElement(By.id("title")).getText()).contains(businessKey);
  }

  private static String requestAnExpense() throws Exception {
    return requestedSportsExpense("ps-officer1", "Table tennis bats for the staff league", 180.0, "红双喜体育用品店");
  }

  private static String instanceOf(String businessKey) throws Exception {
    return as("ps-chair").get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey)
        .body().get(0).get("id").asText();
  }
}
