package org.unionflow.platform.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class ExportFormatsTests {

  @Test
  void csvQuotesOnlyCellsThatNeedIt() {
    Csv csv = Csv.withHeader("voucher", "purpose", "amount")
        .row("PZ-2026-0001", "慰问, \"住院\"", new BigDecimal("500.00"))
        .row("PZ-2026-0002", null, new BigDecimal("1E+2"));

    assertThat(csv.rows()).isEqualTo(2);
    assertThat(csv.toString()).isEqualTo("voucher,purpose,amount\r\n"
        + "PZ-2026-0001,\"慰问, \"\"住院\"\"\",500.00\r\n"
        + "PZ-2026-0002,,100\r\n");
  }

  @Test
  void csvCellsThatWouldRunAsFormulasStayText() {
    Csv csv = Csv.withHeader("purpose", "payee", "amount")
        .row("=HYPERLINK(\"http://x\")", "@SUM(A1)", new BigDecimal("-500.00"))
        .row("+1", "-2", "\tcmd")
        .row("\r=1+1", "张三", 3);

    assertThat(csv.toString()).isEqualTo("purpose,payee,amount\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),-500.00\r\n"
        + "'+1,'-2,'\tcmd\r\n"
        + "\"'\r=1+1\",张三,3\r\n");
  }

  @Test
  void csvRefusesARowOfTheWrongWidth() {
    Csv csv = Csv.withHeader("a", "b");
    assertThatThrownBy(() -> csv.row("only one")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void csvDownloadStartsWithAByteOrderMarkForExcelAndNamesTheFile() {
    ResponseEntity<byte[]> response = Exports.csv("ledger-2026", Csv.withHeader("a").row("工会"));

    String body = new String(response.getBody(), StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("\uFEFFa\r\n工会\r\n");
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("attachment").contains("ledger-2026.csv");
  }

  @Test
  void printableReportIsAPdfWithTheTitleFactsAndEveryTableRow() throws IOException {
    List<List<?>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of("PZ-2026-" + i, "慰问金", new BigDecimal("10.00")));
    }
    byte[] pdf = PrintableReport.titled("Audit report / 审计报告")
        .fact("Period / 期间", "2026-H1")
        .heading("Vouchers / 凭证")
        .table(List.of("Voucher / 凭证号", "Purpose / 用途", "Amount / 金额"), rows)
        .note("Chain intact / 链完整")
        .toPdf();

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).as("120 rows do not fit one page").isGreaterThan(1);
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Audit report / 审计报告");
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("审计报告").contains("期间").contains("2026-H1").contains("PZ-2026-1 ")
          .contains("PZ-2026-120").contains("链完整");
    }
  }

  @Test
  void aTableRowOfTheWrongWidthIsRefused() {
    PrintableReport report = PrintableReport.titled("x").table(List.of("a", "b"), List.of(List.of("1")));
    assertThatThrownBy(report::toPdf).isInstanceOf(IllegalArgumentException.class);
  }
}
