package org.unionflow.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The same table as a {@link Csv}, as an Excel workbook: amounts stay numbers (shown ¥1,234.50) and dates stay
 * dates (2026-12-02), so the treasurer can sum and filter them. Text is written as text, never as a formula.
 */
final class Xlsx {

  // rows kept in memory while streaming: a register of 100k rows writes in constant memory
  private static final int WINDOW = 200;

  private Xlsx() {
  }

  static byte[] of(String sheetName, Csv table) {
    return of(Map.of(sheetName, table));
  }

  /** One sheet per table, in the map's order. */
  static byte[] of(Map<String, Csv> sheets) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("\"¥\"#,##0.00"));
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle minute = workbook.createCellStyle();
      minute.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);

      sheets.forEach((sheetName, table) -> write(workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName)),
          table, new Styles(bold, money, date, minute)));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Styles(CellStyle bold, CellStyle money, CellStyle date, CellStyle minute) {
  }

  private static void write(Sheet sheet, Csv table, Styles styles) {
    sheet.createFreezePane(0, 1);
    Row header = sheet.createRow(0);
    List<String> names = table.header();
    for (int c = 0; c < names.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(names.get(c));
      cell.setCellStyle(styles.bold());
    }
    int r = 1;
    for (List<Object> record : table.records()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < record.size(); c++) {
        Object value = record.get(c);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (value instanceof BigDecimal amount) {
          cell.setCellValue(amount.doubleValue());
          cell.setCellStyle(styles.money());
        } else if (value instanceof LocalDate day) {
          cell.setCellValue(day);
          cell.setCellStyle(styles.date());
        } else if (value instanceof LocalDateTime moment) {
          cell.setCellValue(moment);
          cell.setCellStyle(styles.minute());
        } else if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else {
          cell.setCellValue(Csv.shown(value));
        }
      }
    }
  }
}
