package org.unionflow.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * 3b. The first page of each domain register over REST with a thousand rows, then with a hundred thousand, and the
 * register's XLSX download where it has one (capped at {@code Exports.ROW_LIMIT} rows, so at most 20,000 of them).
 * A member has one hardship file at most, so each copied file gets a copied member of its own. The notice board is
 * timed over the aid cases, the month's ledger and budget execution over the ledger's entries.
 */
@RequiredArgsConstructor
final class RegisterScaling {

  /**
   * A copied register and what a page of it asks: its first page, its XLSX download (or null) and other views read
   * from the same rows. A register read by period ({@code datedBy}) gets its copies spread back in time at a
   * steady 28 rows a day, so that more rows mean more years of history, not a fuller month.
   */
  private record Register(String table, String uniqueColumn, String endpoint, String download, String datedBy,
      List<String> views) {

    Register(String table, String uniqueColumn, String endpoint, String download) {
      this(table, uniqueColumn, endpoint, download, null, List.of());
    }
  }

  private static final int ROWS_A_DAY = 28;

  private static final String HARDSHIP_FILES = "uf_hardship_file";

  // a download writes thousands of rows: fewer repeats keep the run short
  private static final int DOWNLOAD_REPEATS = 5;

  private static final List<Register> REGISTERS = List.of(
      new Register("uf_member", "STAFF_NO", "/api/members?page=0&size=50", null),
      new Register("uf_visit", "BUSINESS_KEY", "/api/visits?page=0&size=50", null),
      new Register("uf_motion", "BUSINESS_KEY", "/api/motions?page=0&size=50", "/api/motions/export.xlsx"),
      new Register("uf_aid_case", "BUSINESS_KEY", "/api/aid/cases?page=0&size=50", "/api/aid/cases/export.xlsx"),
      new Register("uf_expense", "BUSINESS_KEY", "/api/fund/expenses?page=0&size=50",
          "/api/fund/expenses/export.xlsx"),
      // no download: the files page has none
      new Register(HARDSHIP_FILES, "MEMBER_ID", "/api/aid/files?page=0&size=50", null));

  private final BenchApp app;
  private final Scale scale;
  private final Results results;
  private final LocalDate today;

  /** The registers measured: the list above, the notice board over the aid cases, and the month's fund ledger. */
  private List<Register> registers() {
    LocalDate first = today.withDayOfMonth(1);
    String month = "from=" + first + "&to=" + first.plusMonths(1).minusDays(1);
    List<Register> registers = new ArrayList<>(REGISTERS);
    registers.replaceAll(register -> register.table().equals("uf_aid_case") ? new Register(register.table(),
        register.uniqueColumn(), register.endpoint(), register.download(), null, List.of("/api/aid/notices"))
        : register);
    registers.add(new Register("uf_ledger_entry", "VOUCHER_NO", "/api/fund/ledger/period?" + month,
        "/api/fund/ledger.xlsx?" + month, "ENTRY_DATE", List.of("/api/fund/budget-execution?" + month)));
    return registers;
  }

  void measure() throws Exception {
    RestDriver http = new RestDriver(app.baseUrl(), app.demoPassword(), timer -> {
    });
    RowCloner rows = new RowCloner(app.dataSource());
    for (Register register : registers()) {
      double first = Double.NaN;
      int stage = 0;
      for (int size : scale.registerRows()) {
        String union = "union_id = '" + CasePaths.UNION + "'";
        long present = app.count("select count(*) from " + register.table() + " where " + union);
        int copies = (int) Math.max(0, size - present);
        if (copies > 0) {
          String prefix = "B" + ++stage + "-";
          String template = union + " and id = (select min(id) from " + register.table() + " where " + union + ")";
          if (register.table().equals(HARDSHIP_FILES)) {
            copyFilesWithMembers(rows, template, copies, "F" + stage + "-");
          } else {
            long before = present;
            rows.copy(register.table(), template, copies, (column, value, copy) -> {
              if (column.equals("ID")) {
                return RowCloner.Rewrite.SKIP;
              }
              if (column.equals(register.datedBy())) {
                return Date.valueOf(today.minusDays((before + copy) / ROWS_A_DAY));
              }
              return column.equals(register.uniqueColumn()) ? prefix + copy : value;
            });
          }
        }
        List<Double> millis = timed(http, register.endpoint(), scale.repeats());
        double p50 = Stats.percentile(millis, 50);
        first = Double.isNaN(first) ? p50 : first;
        String subject = String.format("%s %,d rows", register.table(),
            app.count("select count(*) from " + register.table() + " where " + union));
        results.add("registers", subject, "first page p50", p50, "ms");
        results.add("registers", subject, "first page p95", Stats.percentile(millis, 95), "ms");
        results.add("registers", subject, "p50 vs smallest", p50 / first, "x");
        if (register.download() != null) {
          List<Double> download = timed(http, register.download(), Math.min(DOWNLOAD_REPEATS, scale.repeats()));
          results.add("registers", subject, "XLSX download p50", Stats.percentile(download, 50), "ms");
        }
        for (String view : register.views()) {
          results.add("registers", subject, view.replaceFirst("\\?.*", "") + " p50",
              Stats.percentile(timed(http, view, scale.repeats()), 50), "ms");
        }
      }
    }
  }

  /**
   * Copies the template's member {@code copies} times (staff numbers prefix + copy) and then the file once for each
   * of them: the file's member column is unique.
   */
  private void copyFilesWithMembers(RowCloner rows, String template, int copies, String prefix) {
    String union = "union_id = '" + CasePaths.UNION + "'";
    rows.copy("uf_member", union + " and id = (select member_id from " + HARDSHIP_FILES + " where " + template + ")",
        copies, (column, value, copy) -> switch (column) {
          case "ID" -> RowCloner.Rewrite.SKIP;
          case "STAFF_NO" -> prefix + copy;
          default -> value;
        });
    Map<Integer, Long> members = copiedMembers(prefix);
    rows.copy(HARDSHIP_FILES, template, copies, (column, value, copy) -> switch (column) {
      case "ID" -> RowCloner.Rewrite.SKIP;
      // RowCloner asks with copy 0 only which columns are written
      case "MEMBER_ID" -> copy == 0 ? value : members.get(copy);
      default -> value;
    });
  }

  /** The ids of the members copied with {@code prefix}, by copy number. */
  private Map<Integer, Long> copiedMembers(String prefix) {
    Map<Integer, Long> members = new HashMap<>();
    try (Connection connection = app.dataSource().getConnection(); PreparedStatement query = connection
        .prepareStatement("select staff_no, id from uf_member where union_id = ? and staff_no like ?")) {
      query.setString(1, CasePaths.UNION);
      query.setString(2, prefix + "%");
      try (ResultSet found = query.executeQuery()) {
        while (found.next()) {
          members.put(Integer.valueOf(found.getString(1).substring(prefix.length())), found.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the members copied as " + prefix, e);
    }
    return members;
  }

  /** The times of {@code repeats} GETs as the chair, after three to warm up. */
  private static List<Double> timed(RestDriver http, String path, int repeats) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < repeats + 3; i++) {
      double took = http.timedGet("ps-chair", path);
      if (i >= 3) {
        millis.add(took);
      }
    }
    return millis;
  }
}
