package org.unionflow.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionflow.UnionDay;
import org.unionflow.UnionFlowTest;
import org.unionflow.platform.Money;
import org.unionflow.visits.VisitScenario;

/**
 * The figures of every union in the database, whatever cases the tests before this one ran, against its
 * registers' rows read one by one and counted here in Java: the aggregate SQL and a plain reading must agree.
 */
@UnionFlowTest
class FiguresAgainstRegistersTests {

  @Autowired FigureQueries queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestCounty counties;
  @Autowired VisitScenario visits;

  private FiguresPeriod period;

  @Test
  void everyUnionsFiguresAreItsRegisterRowsCounted() {
    TestCounty.County county = counties.create(1);
    visits.paid(county.bases().get(0));
    visits.atPlanVisit(county.bases().get(0));
    period = FiguresPeriod.of(UnionDay.today().getYear(), "year");
    List<String> unions = jdbc.queryForList("select distinct union_id from uf_member order by union_id", String.class);

    SoftAssertions softly = new SoftAssertions();
    long visitsSeen = 0;
    for (UnionFigures figures : queries.of(unions, Map.of(), period)) {
      String union = figures.unionId();
      List<Map<String, Object>> members = rows("uf_member", union);
      List<Map<String, Object>> motions = rows("uf_motion", union).stream().filter(r -> momentIn(r, "submitted_at"))
          .toList();
      List<Map<String, Object>> visited = rows("uf_visit", union).stream().filter(r -> dayIn(r, "visit_date")).toList();
      List<Map<String, Object>> aid = rows("uf_aid_case", union).stream()
          .filter(r -> "PAID".equals(r.get("status")) && dayIn(r, "paid_on")).toList();
      List<Map<String, Object>> expenses = rows("uf_expense", union).stream()
          .filter(r -> "PAID".equals(r.get("status")) && dayIn(r, "paid_on")).toList();
      List<Map<String, Object>> lines = rows("uf_budget_line", union).stream()
          .filter(r -> ((Number) r.get("budget_year")).intValue() == period.year()).toList();
      List<Object> lineIds = lines.stream().map(r -> r.get("id")).toList();
      List<Map<String, Object>> spending = rows("uf_ledger_entry", union).stream()
          .filter(r -> "EXPENSE".equals(r.get("direction")) && dayIn(r, "entry_date")
              && lineIds.contains(r.get("budget_line_id"))).toList();
      visitsSeen += visited.size();

      check(softly, figures, Figure.MEMBERS, count(members, r -> !day(r, "join_date").isAfter(period.to())));
      check(softly, figures, Figure.RETIREES, count(members, r -> "RETIRED".equals(r.get("status"))
          && !day(r, "join_date").isAfter(period.to())));
      check(softly, figures, Figure.CONGRESS_SESSIONS, count(rows("uf_congress_session", union),
          r -> dayIn(r, "opens_on")));
      check(softly, figures, Figure.MOTIONS_FILED, motions.size());
      check(softly, figures, Figure.MOTIONS_ACCEPTED, count(motions, r -> "ACCEPT".equals(r.get("decision"))));
      check(softly, figures, Figure.MOTIONS_CONVERTED, count(motions, r -> "CONVERT".equals(r.get("decision"))));
      check(softly, figures, Figure.MOTIONS_ANSWERED, count(motions, r -> "ACCEPT".equals(r.get("decision"))
          && r.get("answered_at") != null));
      check(softly, figures, Figure.MOTIONS_PUBLISHED, count(rows("uf_motion", union), r -> dayIn(r, "published_on")));
      check(softly, figures, Figure.VISITS, visited.size());
      check(softly, figures, Figure.VISIT_MONEY, sum(visited.stream().filter(r -> r.get("ledger_entry_id") != null)
          .toList(), "money_handed_over"));
      check(softly, figures, Figure.MEMBERS_AIDED, aid.stream().map(r -> r.get("member_id")).distinct().count());
      check(softly, figures, Figure.AID_AMOUNT, sum(aid, "approved_amount"));
      check(softly, figures, Figure.AID_NOTICES, count(rows("uf_aid_case", union), r -> dayIn(r, "notice_starts")));
      check(softly, figures, Figure.HARDSHIP_FILES_OPEN, count(rows("uf_hardship_file", union),
          r -> Boolean.FALSE.equals(r.get("closed")) && !day(r, "since").isAfter(period.to())));
      check(softly, figures, Figure.EXPENSES_PAID, expenses.size());
      check(softly, figures, Figure.EXPENSE_AMOUNT, sum(expenses, "amount"));
      check(softly, figures, Figure.BUDGET, sum(lines, "amount"));
      check(softly, figures, Figure.SPENT, sum(spending, "amount"));
      check(softly, figures, Figure.AUDITS_DONE, count(rows("uf_fund_audit", union),
          r -> "PUBLISHED".equals(r.get("status")) && momentIn(r, "published_at")));
    }
    softly.assertAll();
    assertThat(visitsSeen).as("the check read visits at all").isPositive();
  }

  private List<Map<String, Object>> rows(String table, String union) {
    return jdbc.queryForList("select * from " + table + " where union_id = ?", union);
  }

  private boolean dayIn(Map<String, Object> row, String column) {
    LocalDate day = day(row, column);
    return day != null && !day.isBefore(period.from()) && !day.isAfter(period.to());
  }

  private boolean momentIn(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value == null) {
      return false;
    }
    OffsetDateTime moment = value instanceof Timestamp t ? t.toInstant().atOffset(ZoneOffset.UTC)
        : (OffsetDateTime) value;
    LocalDate day = moment.atZoneSameInstant(UnionDay.ZONE).toLocalDate();
    return !day.isBefore(period.from()) && !day.isAfter(period.to());
  }

  private static LocalDate day(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static long count(List<Map<String, Object>> rows, Predicate<Map<String, Object>> which) {
    return rows.stream().filter(which).count();
  }

  private static BigDecimal sum(List<Map<String, Object>> rows, String column) {
    return rows.stream().map(r -> (BigDecimal) r.get(column)).filter(Objects::nonNull).reduce(Money.ZERO,
        BigDecimal::add);
  }

  private static void check(SoftAssertions softly, UnionFigures figures, Figure figure, Object expected) {
    softly.assertThat(figures.get(figure)).as("%s %s", figures.unionId(), figure)
        .isEqualByComparingTo(new BigDecimal(expected.toString()));
  }
}
