package org.unionflow.platform.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.unionflow.platform.Labelled;

/**
 * RFC 4180 text: a header row, then one row per record; values quoted only when they need it. Codes are written
 * as their labels, and moments, once a zone is given, as the union's local date and time.
 */
public final class Csv {

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final List<String> lines = new ArrayList<>();
  private final List<String> header;
  private final List<List<Object>> records = new ArrayList<>();
  private ZoneId zone;

  private Csv(List<String> header) {
    this.header = header;
    lines.add(line(header));
  }

  public static Csv withHeader(String... header) {
    return new Csv(List.of(header));
  }

  /** The zone in which moments ({@link Instant}) are written: the union's, not the server's. */
  public Csv inZone(ZoneId zone) {
    this.zone = zone;
    return this;
  }

  public Csv row(Object... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " values, got " + values.length);
    }
    Object[] local = values.clone();
    for (int i = 0; i < local.length; i++) {
      if (local[i] instanceof Instant moment && zone != null) {
        local[i] = LocalDateTime.ofInstant(moment, zone).truncatedTo(ChronoUnit.MINUTES);
      }
    }
    records.add(Arrays.asList(local));
    List<String> cells = new ArrayList<>(local.length);
    for (Object value : local) {
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
    String text = shown(value);
    // a spreadsheet runs a cell that starts like a formula; a leading apostrophe keeps it text
    boolean number = value instanceof Number;
    return !number && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** A value as people read it; the workbook keeps numbers and dates typed and asks here for the rest. */
  static String shown(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDateTime moment) {
      return MINUTES.format(moment);
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return value instanceof Labelled code ? code.label() : value.toString();
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
