package org.unionflow.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.unionflow.platform.Groups;

/**
 * 3c. The year's figures (GET /api/county/figures) of a county of 3 base unions and of a city of 236, each base
 * union with ten years of cases. Real cases of every main path are run in the demo union, then copied per base
 * union and year with their dates moved back a year at a time; the city is measured again without V8's indexes.
 */
final class FiguresScaling {

  /** The registers the figures read, copied per union and year (members and sessions handled apart). */
  private static final List<String> CASE_TABLES = List.of("uf_visit", "uf_motion", "uf_aid_case", "uf_expense");
  private static final List<String> V8_INDEXES = List.of("ix_visit_union_visit_date", "ix_aid_case_union_paid",
      "ix_aid_case_union_notice", "ix_motion_union_published", "ix_expense_union_paid",
      "ix_fund_audit_union_published", "ix_audit_finding_audit_status", "ix_hardship_file_union",
      "ix_hardship_change_union_day", "ix_member_union_joined", "ix_ledger_line_date");
  private static final String CITY = "bench-city";
  private static final String SMALL = "bench-county-small";
  private static final String LARGE = "bench-county-large";

  private final BenchApp app;
  private final JavaApiDriver unionFlow;
  private final List<Supplier<CasePath>> paths;
  private final Scale scale;
  private final Results results;
  private final int year;

  FiguresScaling(BenchApp app, JavaApiDriver unionFlow, List<Supplier<CasePath>> paths, Scale scale,
      int year, Results results) {
    this.app = app;
    this.year = year;
    this.unionFlow = unionFlow;
    this.paths = paths;
    this.scale = scale;
    this.results = results;
  }

  void measure() throws Exception {
    for (int i = 0; i < scale.figuresCasesPerPath(); i++) {
      for (Supplier<CasePath> path : paths) {
        CasePath run = path.get();
        unionFlow.run(run, run.processKey(), false);
      }
    }
    RestDriver http = new RestDriver(app.baseUrl(), app.demoPassword(), timer -> {
    });
    int small = 3;
    int large = scale.figuresUnions();
    app.execute("insert into uf_union (id, name, parent_id, kind) values ('" + CITY + "', 'Bench city', null, 'CITY')");
    county(SMALL, "bench-small-reader");
    county(LARGE, "bench-large-reader");
    reader(CITY, "bench-city-reader");
    copyUnions(0, small, SMALL);
    double smallest = time(http, "bench-small-reader", "3 base unions, " + rows() + " case rows", Double.NaN);
    copyUnions(small, large, LARGE);
    String grown = rows() + " case rows";
    time(http, "bench-small-reader", "3 base unions, " + grown, smallest);
    time(http, "bench-city-reader", large + " base unions, " + grown, smallest);
    V8_INDEXES.forEach(index -> app.execute("drop index " + index));
    time(http, "bench-city-reader", large + " base unions, " + grown + ", without V8's indexes", smallest);
  }

  private double time(RestDriver http, String reader, String subject, double smallest) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < scale.repeats() + 3; i++) {
      double took = http.timedGet(reader, "/api/county/figures?year=" + year);
      if (i >= 3) {
        millis.add(took);
      }
    }
    double p50 = Stats.percentile(millis, 50);
    results.add("figures", subject, "year's figures p50", p50, "ms");
    results.add("figures", subject, "year's figures p95", Stats.percentile(millis, 95), "ms");
    if (!Double.isNaN(smallest)) {
      results.add("figures", subject, "p50 vs 3 unions", p50 / smallest, "x");
    }
    return p50;
  }

  private long rows() {
    return CASE_TABLES.stream().mapToLong(table -> app.count("select count(*) from " + table)).sum()
        + app.count("select count(*) from uf_ledger_entry");
  }

  /** Base unions {@code from}..{@code to}-1 under the county, each with the demo union's cases for every year. */
  private void copyUnions(int from, int to, String county) {
    int unions = to - from;
    int years = scale.figuresYears();
    for (int u = from; u < to; u++) {
      app.execute("insert into uf_union (id, name, parent_id, kind) values ('" + union(u) + "', 'Bench school " + u
          + "', '" + county + "', 'BASE')");
    }
    RowCloner rows = new RowCloner(app.dataSource());
    String demo = "union_id = '" + CasePaths.UNION + "'";
    // the demo's own members, not the registers section's copies of them
    rows.copy("uf_member", demo + " and staff_no like 'PS-%'", unions,
        (column, value, copy) -> rewrite(column, value, from + copy - 1, 0, copy));
    rows.copy("uf_budget_line", demo + " and budget_year = " + year, unions * years,
        (column, value, copy) -> column.equals("BUDGET_YEAR") ? year - (copy - 1) / unions
            : rewrite(column, value, from + (copy - 1) % unions, (copy - 1) / unions, copy));
    rows.copy("uf_congress_session", demo + " and opens_on >= '" + year + "-01-01'", unions * years,
        (column, value, copy) -> column.equals("NAME") ? value + " #" + copy
            : rewrite(column, value, from + (copy - 1) % unions, (copy - 1) / unions, copy));
    // the cases just run are the demo union's newest rows (the registers section may have copied older ones)
    int cases = scale.figuresCasesPerPath();
    for (String table : List.of("uf_visit", "uf_motion", "uf_aid_case", "uf_expense", "uf_ledger_entry")) {
      int newest = table.equals("uf_ledger_entry") ? 3 * cases : cases;
      rows.copy(table, demo + " and id in (select id from " + table + " where " + demo + " order by id desc"
          + " fetch first " + newest + " rows only)", unions * years,
          (column, value, copy) -> rewrite(column, value, from + (copy - 1) % unions, (copy - 1) / unions, copy));
    }
    // each copied payment is charged to its own union's line of its year, as the ledger books it
    app.execute("update uf_ledger_entry set budget_line_id = (select l.id from uf_budget_line l"
        + " where l.union_id = uf_ledger_entry.union_id and l.category = uf_ledger_entry.category"
        + " and l.budget_year = extract(year from uf_ledger_entry.entry_date)) where union_id like 'bench-u%'");
  }

  /** The copy's union, keys made unique, and every date moved back by {@code yearsBack}. */
  private static Object rewrite(String column, Object value, int union, int yearsBack, int copy) {
    return switch (column) {
      case "ID" -> RowCloner.Rewrite.SKIP;
      case "UNION_ID" -> union(union);
      case "BUSINESS_KEY", "VOUCHER_NO" -> value == null ? null : "F" + copy + "-" + value;
      default -> earlier(value, yearsBack);
    };
  }

  private static Object earlier(Object value, int years) {
    if (value instanceof Date day) {
      return Date.valueOf(day.toLocalDate().minusYears(years));
    }
    if (value instanceof Timestamp moment) {
      return Timestamp.valueOf(moment.toLocalDateTime().minusYears(years));
    }
    if (value instanceof OffsetDateTime moment) {
      return moment.minusYears(years);
    }
    return value instanceof LocalDate day ? day.minusYears(years) : value;
  }

  private static String union(int i) {
    return String.format("bench-u%04d", i);
  }

  private void county(String id, String reader) {
    app.execute("insert into uf_union (id, name, parent_id, kind) values ('" + id + "', '" + id + "', '" + CITY
        + "', 'COUNTY')");
    reader(id, reader);
  }

  /** A leader of the union (who reads the figures), with the demo password the driver logs in with. */
  private void reader(String unionId, String userId) {
    IdentityService identity = app.engine().getIdentityService();
    identity.saveTenant(identity.newTenant(unionId));
    User user = identity.newUser(userId);
    user.setPassword(app.demoPassword());
    identity.saveUser(user);
    identity.createTenantUserMembership(unionId, userId);
    identity.createMembership(userId, Groups.COUNTY_LEADERS);
  }
}
