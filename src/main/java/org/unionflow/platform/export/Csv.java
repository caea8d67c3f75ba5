package org.unionflow.platform.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** RFC 4180 text: a header row, then one row per record; values quoted only when they need it. */
public final class Csv {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final List<String> lines = new ArrayList<>();
  private final List<String> header;
  private final List<List<Object>> records = new ArrayList<>();

  private Csv(List<String> header) {
    this.header = header;
    lines.add(line(header));
  }

  public static Csv withHeader(String... header) {
    return new Csv(List.of(header));
  }

  public Csv row(Object... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " values, got " + values.length);
    }
    records.add(Arrays.asList(values.clone()));
    List<String> cells = new ArrayList<>(values.length);
    for (Object value : values) {
      cells.add(text(value));
    }
    lines.add(line(cells));
    return this;
  }

  public List<String> header() {
    return header;
  }

  /** The rows' values as given (amounts, dates), for a spreadsheet that keeps their types. */
  public List<List<Object>> records() {
    return Collections.unmodifiableList(records);
  }

  /** Data rows written so far, header excluded. */
  public int rows() {
    return lines.size() - 1;
  }

  @Override
  public String toString() {
    return String.join("\r\n", lines) + "\r\n";
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    // a spreadsheet runs a cell that starts like a formula; a leading apostrophe keeps it text
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String line(List<String> cells) {
    List<String> quoted = new ArrayList<>(cells.size());
    for (String cell : cells) {
      quoted.add(quote(cell));
    }
    return String.join(",", quoted);
  }

  private static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
