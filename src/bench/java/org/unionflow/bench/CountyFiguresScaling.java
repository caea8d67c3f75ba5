package org.unionflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;

/**
 * 3c. The county's year figures ({@code /api/county/figures} and its XLSX) as the county chair reads them: first
 * for the demo county of three base unions with one year of cases, then with {@value InboxScaling#COUNTY_UNIONS}
 * base unions and one year, then the same with ten years of cases, copies of real visits, motions, aid cases,
 * expenses and ledger entries. The question is whether the answer for this year follows the year's rows, not the
 * history. Each stage also fails the run if the answer's totals differ from a plain count of the registers. The
 * copies are removed afterwards.
 */
@RequiredArgsConstructor
final class CountyFiguresScaling {

  private static final String SECTION = "county-figures";
  private static final String COUNTY = "union-county1";
  private static final List<String> DEMO_UNIONS = List.of("union-ps1", "union-ms2", "union-kg3");
  private static final String CHAIR = "county-chair";
  private static final String PREFIX = "CF-";
  private static final String NEW_UNION = "bench-county-";
  private static final int YEARS = 10;
  private static final int DOWNLOAD_REPEATS = 5;

  /**
   * A copied register: its table, its unique key column, which row is copied (one a figure counts), and the figure
   * with the plain condition of this year's rows it counts.
   */
  private record Register(String table, String keyColumn, String template, String figure, String thisYear) {
  }

  private static final List<Register> REGISTERS = List.of(
      new Register("uf_visit", "BUSINESS_KEY", "ledger_entry_id is not null", "VISITS", "visit_date between :from and :to"),
      new Register("uf_motion", "BUSINESS_KEY", "answered_at is not null", "MOTIONS_FILED", "submitted_at >= :start and submitted_at < :end"),
      new Register("uf_aid_case", "BUSINESS_KEY", "status = 'PAID'", "AID_NOTICES", "notice_starts between :from and :to"),
      new Register("uf_expense", "BUSINESS_KEY", "status = 'PAID'", "EXPENSES_PAID",
          "status = 'PAID' and paid_on between :from and :to"),
      new Register("uf_ledger_entry", "VOUCHER_NO", "direction = 'EXPENSE'", null, null));

  /** One union's year of copies: {@code yearsBack} 0 is this year. */
  private record Slot(String union, int yearsBack) {
  }

  private final BenchApp app;
  private final Scale scale;
  private final Results results;
  private final LocalDate today;
  private final ObjectMapper json = new ObjectMapper();

  void measure() throws Exception {
    RestDriver http = new RestDriver(app.baseUrl(), app.demoPassword(), timer -> {
    });
    RowCloner rows = new RowCloner(app.dataSource());
    fill(rows, 1, DEMO_UNIONS.stream().map(union -> new Slot(union, 0)).toList());
    double first = measureStage(http, "3 base unions, 1 year", Double.NaN);

    List<String> added = IntStream.rangeClosed(1, InboxScaling.COUNTY_UNIONS - DEMO_UNIONS.size())
        .mapToObj(i -> String.format("%s%03d", NEW_UNION, i)).toList();
    added.forEach(union -> app.execute("insert into uf_union (id, name, parent_id, kind) values ('" + union
        + "', 'Bench school " + union + " / 基准学校', '" + COUNTY + "', 'BASE')"));
    fill(rows, 2, added.stream().map(union -> new Slot(union, 0)).toList());
    String county = InboxScaling.COUNTY_UNIONS + " base unions, ";
    double oneYear = measureStage(http, county + "1 year", first);

    // the same year's rows under nine more years of history: the answer should not notice them
    List<Slot> history = new ArrayList<>();
    for (int back = 1; back < YEARS; back++) {
      for (String union : added) {
        history.add(new Slot(union, back));
      }
      for (String union : DEMO_UNIONS) {
        history.add(new Slot(union, back));
      }
    }
    fill(rows, 3, history);
    String tenYears = county + YEARS + " years";
    double p50 = measureStage(http, tenYears, first);
    results.add(SECTION, String.format("%s (%,d rows)", tenYears, copiedRows()), "p50 vs 1 year", p50 / oneYear,
        "x");
    clean(added);
  }

  /** Copies {@code scale.figureRows()} rows of every register into each slot, and budget lines where missing. */
  private void fill(RowCloner rows, int stage, List<Slot> slots) {
    List<Slot> withoutBudget = slots.stream().filter(slot -> app.count("select count(*) from uf_budget_line"
        + " where union_id = '" + slot.union() + "' and budget_year = " + year(slot)) == 0).toList();
    if (!withoutBudget.isEmpty()) {
      rows.copy("uf_budget_line", "union_id = 'union-ps1' and budget_year = " + today.getYear(), withoutBudget.size(),
          (column, value, copy) -> switch (column) {
            case "ID" -> RowCloner.Rewrite.SKIP;
            case "UNION_ID" -> withoutBudget.get(Math.max(copy, 1) - 1).union();
            case "BUDGET_YEAR" -> year(withoutBudget.get(Math.max(copy, 1) - 1));
            default -> value;
          });
    }
    int perSlot = scale.figureRows();
    for (Register register : REGISTERS) {
      String template = "id = (select min(id) from " + register.table() + " where union_id = 'union-ps1' and "
          + register.template() + ")";
      rows.copy(register.table(), template, slots.size() * perSlot, (column, value, copy) -> {
        // copies count from 1; RowCloner asks with 0 only which columns are written
        int index = Math.max(copy, 1) - 1;
        Slot slot = slots.get(index / perSlot);
        // a row a day further back for each copy of the slot, within the slot's year
        int daysBack = index % perSlot % today.getDayOfYear();
        return switch (column) {
          case "ID" -> RowCloner.Rewrite.SKIP;
          case "UNION_ID" -> slot.union();
          default -> column.equals(register.keyColumn()) ? PREFIX + stage + "-" + copy
              : shifted(value, slot.yearsBack(), daysBack);
        };
      });
    }
    // each copied payment spends its own union's line of its year, as the fund ledger books it
    app.execute("update uf_ledger_entry set budget_line_id = (select l.id from uf_budget_line l"
        + " where l.union_id = uf_ledger_entry.union_id and l.category = uf_ledger_entry.category"
        + " and l.budget_year = extract(year from uf_ledger_entry.entry_date)) where voucher_no like '" + PREFIX + stage
        + "-%'");
  }

  private int year(Slot slot) {
    return today.getYear() - slot.yearsBack();
  }

  private static Object shifted(Object value, int yearsBack, int daysBack) {
    if (value instanceof Date date) {
      return Date.valueOf(date.toLocalDate().minusYears(yearsBack).minusDays(daysBack));
    }
    if (value instanceof Timestamp moment) {
      return Timestamp.valueOf(moment.toLocalDateTime().minusYears(yearsBack).minusDays(daysBack));
    }
    if (value instanceof OffsetDateTime moment) {
      return moment.minusYears(yearsBack).minusDays(daysBack);
    }
    return value;
  }

  private double measureStage(RestDriver http, String subject, double first) throws Exception {
    String query = "?year=" + today.getYear();
    check(http.get(CHAIR, "/api/county/figures" + query));
    List<Double> millis = timed(http, "/api/county/figures" + query, scale.repeats());
    double p50 = Stats.percentile(millis, 50);
    double smallest = Double.isNaN(first) ? p50 : first;
    String rowsSubject = String.format("%s (%,d rows)", subject, copiedRows());
    results.add(SECTION, rowsSubject, "REST p50", p50, "ms");
    results.add(SECTION, rowsSubject, "REST p95", Stats.percentile(millis, 95), "ms");
    results.add(SECTION, rowsSubject, "p50 vs smallest", p50 / smallest, "x");
    List<Double> download = timed(http, "/api/county/figures.xlsx" + query,
        Math.min(DOWNLOAD_REPEATS, scale.repeats()));
    results.add(SECTION, rowsSubject, "XLSX p50", Stats.percentile(download, 50), "ms");
    results.add(SECTION, rowsSubject, "XLSX p95", Stats.percentile(download, 95), "ms");
    return p50;
  }

  private long copiedRows() {
    return REGISTERS.stream().mapToLong(register -> app.count("select count(*) from " + register.table())).sum();
  }

  /** Fails the run when a total of the answer is not the plain count of this year's rows of the county. */
  private void check(String body) throws Exception {
    JsonNode report = json.readTree(body);
    long unions = app.count("select count(*) from uf_union where parent_id = '" + COUNTY + "' and kind = 'BASE'");
    if (report.get("unions").size() != unions) {
      throw new IllegalStateException("The figures list " + report.get("unions").size() + " base unions, not "
          + unions);
    }
    LocalDate from = LocalDate.of(today.getYear(), 1, 1);
    String start = "timestamp with time zone '" + from + " 00:00:00+08:00'";
    String end = "timestamp with time zone '" + from.plusYears(1) + " 00:00:00+08:00'";
    for (Register register : REGISTERS) {
      if (register.figure() == null) {
        continue;
      }
      String period = register.thisYear().replace(":from", "date '" + from + "'")
          .replace(":to", "date '" + from.withMonth(12).withDayOfMonth(31) + "'")
          .replace(":start", start).replace(":end", end);
      long counted = app.count("select count(*) from " + register.table() + " where union_id in (select id from"
          + " uf_union where parent_id = '" + COUNTY + "') and " + period);
      long answered = report.get("total").get("figures").get(register.figure()).asLong();
      if (answered != counted) {
        throw new IllegalStateException(register.figure() + " is " + answered + " in the figures, " + counted
            + " in " + register.table());
      }
    }
  }

  /** The times of {@code repeats} GETs as the county chair, after three to warm up. */
  private static List<Double> timed(RestDriver http, String path, int repeats) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < repeats + 3; i++) {
      double took = http.timedGet(CHAIR, path);
      if (i >= 3) {
        millis.add(took);
      }
    }
    return millis;
  }

  private void clean(List<String> added) {
    for (String table : List.of("uf_visit", "uf_motion", "uf_aid_case", "uf_expense")) {
      app.execute("delete from " + table + " where business_key like '" + PREFIX + "%'");
    }
    app.execute("delete from uf_ledger_entry where voucher_no like '" + PREFIX + "%'");
    String bench = "union_id like '" + NEW_UNION + "%'";
    app.execute("delete from uf_budget_line where " + bench + " or (budget_year < " + today.getYear()
        + " and union_id in ('" + String.join("', '", DEMO_UNIONS) + "'))");
    app.execute("delete from uf_union where id like '" + NEW_UNION + "%'");
  }
}
