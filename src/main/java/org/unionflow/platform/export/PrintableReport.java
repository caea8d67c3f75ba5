package org.unionflow.platform.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;

/**
 * A printable A4 document: title, labelled facts, tables and notes, page numbers in the footer.
 * Chinese text uses the Adobe STSong-Light CJK font, which every PDF reader supplies, so nothing
 * has to be embedded and the file stays small.
 */
public final class PrintableReport {

  private final String title;
  private final List<Consumer<Document>> parts = new ArrayList<>();
  private boolean landscape;
  private final Font titleFont;
  private final Font headingFont;
  private final Font bodyFont;
  private final Font headerCellFont;

  private PrintableReport(String title) {
    this.title = title;
    BaseFont cjk = chineseFont();
    titleFont = new Font(cjk, 16, Font.BOLD);
    headingFont = new Font(cjk, 12, Font.BOLD);
    bodyFont = new Font(cjk, 9);
    headerCellFont = new Font(cjk, 9, Font.BOLD);
  }

  public static PrintableReport titled(String title) {
    return new PrintableReport(title);
  }

  /** Wide tables (a trail, a ledger) read better across the page. */
  public PrintableReport landscape() {
    this.landscape = true;
    return this;
  }

  /** A labelled fact, e.g. "Period / 期间: 2026-03-01 – 2026-08-31". */
  public PrintableReport fact(String label, Object value) {
    parts.add(document -> add(document, new Paragraph(label + ": " + text(value), bodyFont)));
    return this;
  }

  public PrintableReport heading(String text) {
    parts.add(document -> {
      Paragraph heading = new Paragraph(text, headingFont);
      heading.setSpacingBefore(10);
      heading.setSpacingAfter(4);
      add(document, heading);
    });
    return this;
  }

  public PrintableReport note(String text) {
    parts.add(document -> add(document, new Paragraph(text, bodyFont)));
    return this;
  }

  /** A table with a repeated header row; each row must have one value per header. */
  public PrintableReport table(List<String> headers, List<List<?>> rows) {
    parts.add(document -> {
      PdfPTable table = new PdfPTable(headers.size());
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String header : headers) {
        PdfPCell cell = new PdfPCell(new Phrase(header, headerCellFont));
        cell.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
        table.addCell(cell);
      }
      for (List<?> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + row.size());
        }
        for (Object value : row) {
          table.addCell(new PdfPCell(new Phrase(text(value), bodyFont)));
        }
      }
      add(document, table);
    });
    return this;
  }

  public byte[] toPdf() {
    Rectangle page = landscape ? PageSize.A4.rotate() : PageSize.A4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(page, 36, 36, 36, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new PageNumbers(bodyFont));
    document.addTitle(title);
    document.addCreator("UnionFlow");
    document.open();
    Paragraph heading = new Paragraph(title, titleFont);
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(8);
    add(document, heading);
    parts.forEach(part -> part.accept(document));
    document.close();
    return out.toByteArray();
  }

  private static void add(Document document, Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not lay out the document", e);
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static BaseFont chineseFont() {
    try {
      return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @RequiredArgsConstructor
  private static final class PageNumbers extends PdfPageEventHelper {

    private final Font font;

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      Phrase number = new Phrase("- " + writer.getPageNumber() + " -", font);
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, number,
          (document.left() + document.right()) / 2, document.bottom() - 20, 0);
    }
  }
}
