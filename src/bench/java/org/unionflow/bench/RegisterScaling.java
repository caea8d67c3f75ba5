package org.unionflow.bench;

import java.util.ArrayList;
import java.util.List;

/** 3b. The first page of each domain register over REST with a thousand rows, then with a hundred thousand. */
final class RegisterScaling {

  private record Register(String table, String uniqueColumn, String endpoint) {
  }

  private static final List<Register> REGISTERS = List.of(
      new Register("uf_member", "STAFF_NO", "/api/members?page=0&size=50"),
      new Register("uf_visit", "BUSINESS_KEY", "/api/visits?page=0&size=50"),
      new Register("uf_motion", "BUSINESS_KEY", "/api/motions?page=0&size=50"),
      new Register("uf_aid_case", "BUSINESS_KEY", "/api/aid/cases?page=0&size=50"));

  private final BenchApp app;
  private final Scale scale;
  private final Results results;

  RegisterScaling(BenchApp app, Scale scale, Results results) {
    this.app = app;
    this.scale = scale;
    this.results = results;
  }

  void measure() throws Exception {
    RestDriver http = new RestDriver(app.baseUrl(), app.demoPassword(), timer -> {
    });
    RowCloner rows = new RowCloner(app.dataSource());
    for (Register register : REGISTERS) {
      double first = Double.NaN;
      int stage = 0;
      for (int size : scale.registerRows()) {
        String union = "union_id = '" + CasePaths.UNION + "'";
        long present = app.count("select count(*) from " + register.table() + " where " + union);
        int copies = (int) Math.max(0, size - present);
        if (copies > 0) {
          String prefix = "B" + ++stage + "-";
          rows.copy(register.table(), union + " and id = (select min(id) from " + register.table() + " where "
              + union + ")", copies, (column, value, copy) -> {
                if (column.equals("ID")) {
                  return RowCloner.Rewrite.SKIP;
                }
                return column.equals(register.uniqueColumn()) ? prefix + copy : value;
              });
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < scale.repeats() + 3; i++) {
          double took = http.timedGet("ps-chair", register.endpoint());
          if (i >= 3) {
            millis.add(took);
          }
        }
        double p50 = Stats.percentile(millis, 50);
        first = Double.isNaN(first) ? p50 : first;
        String subject = String.format("%s %,d rows", register.table(),
            app.count("select count(*) from " + register.table() + " where " + union));
        results.add("registers", subject, "first page p50", p50, "ms");
        results.add("registers", subject, "first page p95", Stats.percentile(millis, 95), "ms");
        results.add("registers", subject, "p50 vs smallest", p50 / first, "x");
      }
    }
  }
}
