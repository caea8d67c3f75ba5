package org.unionflow.platform.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Download responses with a file name, so browsers save them instead of showing them. */
public final class Exports {

  public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  public static final String CSV_VALUE = "text/csv";
  public static final String PDF_VALUE = MediaType.APPLICATION_PDF_VALUE;
  public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** The path of a register's download in either format; {@link #table} answers it. */
  public static final String TABLE_PATH = "/export.{format:csv|xlsx}";
  /** A download stops at this many rows, a register's whole history many times over. */
  public static final int ROW_LIMIT = 20_000;

  // Excel reads UTF-8 CSV as the local code page unless the file starts with a byte-order mark.
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private Exports() {
  }

  public static ResponseEntity<byte[]> csv(String fileName, Csv csv) {
    byte[] body = (BYTE_ORDER_MARK + csv).getBytes(StandardCharsets.UTF_8);
    return download(fileName + ".csv", CSV, body);
  }

  /** The same table as an Excel workbook of one sheet. */
  public static ResponseEntity<byte[]> xlsx(String fileName, Csv table) {
    return download(fileName + ".xlsx", MediaType.parseMediaType(XLSX_VALUE), Xlsx.of(fileName, table));
  }

  /** Several tables as one workbook, a sheet each, in the map's order (a LinkedHashMap). */
  public static ResponseEntity<byte[]> xlsx(String fileName, Map<String, Csv> sheets) {
    return download(fileName + ".xlsx", MediaType.parseMediaType(XLSX_VALUE), Xlsx.of(sheets));
  }

  /** The table in the format a register's download names ({@code export.csv} or {@code export.xlsx}). */
  public static ResponseEntity<byte[]> table(String format, String fileName, Csv table) {
    return "xlsx".equals(format) ? xlsx(fileName, table) : csv(fileName, table);
  }

  public static ResponseEntity<byte[]> pdf(String fileName, PrintableReport report) {
    return download(fileName + ".pdf", MediaType.APPLICATION_PDF, report.toPdf());
  }

  private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(fileName, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .contentType(type)
        .body(body);
  }
}
