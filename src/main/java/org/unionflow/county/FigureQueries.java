package org.unionflow.county;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.unionflow.aid.AidCategory;
import org.unionflow.aid.HardshipLevel;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.platform.Groups;
import org.unionflow.platform.Money;
import org.unionflow.visits.EventType;

/**
 * The figures as aggregate SQL over the registers, one statement per register grouped by union, so the cost
 * follows the rows of the period (read through the (union, date) indexes of V5 and V8), not the whole history.
 * Which date puts a row in the period: a motion's submission, a visit's date, a payment's date, a session's
 * opening, an audit report's publication.
 */
@Repository
@RequiredArgsConstructor
class FigureQueries {

  /** Those the seeds count as union officers (工会干部): the chair, the committee, the officers, the treasurer. */
  static final List<String> OFFICER_GROUPS = List.of(Groups.CHAIR, Groups.COMMITTEE, Groups.OFFICERS,
      Groups.TREASURER);

  // joined from the asked union ids as rows, each union's rows are read through its (union, date) index for the
  // period alone: H2 uses a list of unions on an index's first column, but then reads every year of each union
  // (64x at 236 unions); %1$s is the ids as a table u (id), see unionRows
  private static final String IN_PERIOD = " from %1$s join %2$s on union_id = u.id where %3$s between :from and :to";
  private static final String IN_MOMENTS = " from %1$s join %2$s on union_id = u.id where %3$s >= :start"
      + " and %3$s < :end";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  /** Each union's figures, in the order of {@code unionIds}; a union without rows has zeros. */
  List<UnionFigures> of(List<String> unionIds, Map<String, String> names, FiguresPeriod period) {
    if (unionIds.isEmpty()) {
      return List.of();
    }
    Map<String, Map<Figure, BigDecimal>> figures = new HashMap<>();
    Map<String, List<Tally>> visits = new HashMap<>();
    Map<String, List<Tally>> aid = new HashMap<>();
    Map<String, List<Tally>> budget = new HashMap<>();
    MapSqlParameterSource params = params(unionIds, period);
    String unions = unionRows(unionIds, params);
    Figures into = new Figures(figures);

    jdbc.query("select union_id, count(*), sum(case when status = 'RETIRED' then 1 else 0 end) from uf_member"
        + " where union_id in (:unions) and join_date <= :to group by union_id", params,
        (ResultSet rs) -> into.put(rs, Figure.MEMBERS, Figure.RETIREES));
    jdbc.query("select t.tenant_id_, count(distinct t.user_id_) from act_id_tenant_member t"
        + " join act_id_membership m on m.user_id_ = t.user_id_"
        + " where t.tenant_id_ in (:unions) and m.group_id_ in (:officerGroups) group by t.tenant_id_", params,
        (ResultSet rs) -> into.put(rs, Figure.OFFICERS));
    jdbc.query("select union_id, count(*)" + IN_PERIOD.formatted(unions, "uf_congress_session", "opens_on")
        + " group by union_id", params, (ResultSet rs) -> into.put(rs, Figure.CONGRESS_SESSIONS));
    jdbc.query("select union_id, count(*),"
        + " sum(case when decision = 'ACCEPT' then 1 else 0 end),"
        + " sum(case when decision = 'CONVERT' then 1 else 0 end),"
        + " sum(case when decision = 'ACCEPT' and answered_at is not null then 1 else 0 end),"
        + " sum(case when decision = 'ACCEPT' and feedback in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')"
        + " then 1 else 0 end),"
        + " sum(case when decision = 'ACCEPT' and feedback in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end)"
        + IN_MOMENTS.formatted(unions, "uf_motion", "submitted_at") + " group by union_id", params,
        (ResultSet rs) -> into.put(rs, Figure.MOTIONS_FILED, Figure.MOTIONS_ACCEPTED, Figure.MOTIONS_CONVERTED,
            Figure.MOTIONS_ANSWERED, Figure.MOTIONS_WITH_FEEDBACK, Figure.MOTIONS_SATISFIED));
    // money handed over counts once the treasurer has booked it
    jdbc.query("select union_id, event_type, count(*),"
        + " coalesce(sum(case when ledger_entry_id is not null then money_handed_over end), 0)"
        + IN_PERIOD.formatted(unions, "uf_visit", "visit_date") + " group by union_id, event_type", params,
        (ResultSet rs) -> {
          EventType type = EventType.valueOf(rs.getString(2));
          tally(visits, rs, new Tally(type.name(), null, type.label(), rs.getLong(3), money(rs, 4), null));
          into.add(rs.getString(1), Figure.VISITS, BigDecimal.valueOf(rs.getLong(3)));
          into.add(rs.getString(1), Figure.VISIT_MONEY, money(rs, 4));
        });
    String paidAid = IN_PERIOD.formatted(unions, "uf_aid_case", "paid_on") + " and status = 'PAID'";
    jdbc.query("select union_id, category, hardship_level, count(distinct member_id), sum(approved_amount)"
        + paidAid + " group by union_id, category, hardship_level", params, (ResultSet rs) -> {
          AidCategory category = AidCategory.valueOf(rs.getString(2));
          HardshipLevel level = HardshipLevel.valueOf(rs.getString(3));
          tally(aid, rs, new Tally(category.name(), level.name(), category.label() + " · " + level.label(),
              rs.getLong(4), money(rs, 5), null));
        });
    // a member aided twice in the year is one member aided
    jdbc.query("select union_id, count(distinct member_id), sum(approved_amount)" + paidAid + " group by union_id",
        params, (ResultSet rs) -> into.put(rs, Figure.MEMBERS_AIDED, Figure.AID_AMOUNT));
    jdbc.query("select union_id, count(*) from uf_hardship_file where union_id in (:unions) and closed = false"
        + " and since <= :to group by union_id", params, (ResultSet rs) -> into.put(rs, Figure.HARDSHIP_FILES_OPEN));
    // the yearly review writes its outcome as the change's text (AidService.reviewFile), nothing else marks it
    jdbc.query("select union_id, count(distinct hardship_file_id)"
        + IN_PERIOD.formatted(unions, "uf_hardship_file_change", "changed_on")
        + " and what_changed like 'Reviewed%' group by union_id", params,
        (ResultSet rs) -> into.put(rs, Figure.HARDSHIP_FILES_REVIEWED));
    jdbc.query("select union_id, count(*), sum(amount)" + IN_PERIOD.formatted(unions, "uf_expense", "paid_on")
        + " and status = 'PAID' group by union_id", params,
        (ResultSet rs) -> into.put(rs, Figure.EXPENSES_PAID, Figure.EXPENSE_AMOUNT));
    jdbc.query("select l.union_id, l.category, l.amount, coalesce(sum(e.amount), 0) from uf_budget_line l"
        + " left join uf_ledger_entry e on e.budget_line_id = l.id and e.direction = 'EXPENSE'"
        + " and e.entry_date between :from and :to"
        + " where l.union_id in (:unions) and l.budget_year = :year group by l.union_id, l.category, l.amount",
        params, (ResultSet rs) -> {
          BudgetCategory category = BudgetCategory.valueOf(rs.getString(2));
          tally(budget, rs, new Tally(category.name(), null, category.label(), 0, money(rs, 4), money(rs, 3)));
          into.add(rs.getString(1), Figure.BUDGET, money(rs, 3));
          into.add(rs.getString(1), Figure.SPENT, money(rs, 4));
        });
    jdbc.query("select union_id, count(*)" + IN_MOMENTS.formatted(unions, "uf_fund_audit", "published_at")
        + " and status = 'PUBLISHED' group by union_id", params, (ResultSet rs) -> {
          into.put(rs, Figure.AUDITS_DONE);
          into.add(rs.getString(1), Figure.AUDIT_REPORTS_PUBLISHED, BigDecimal.valueOf(rs.getLong(2)));
        });
    // findings still open today of the audits begun by the end of the period
    jdbc.query("select a.union_id, count(*) from uf_audit_finding f join uf_fund_audit a on a.id = f.audit_id"
        + " where a.union_id in (:unions) and a.started_at < :end and f.status = 'OPEN' group by a.union_id", params,
        (ResultSet rs) -> into.put(rs, Figure.AUDIT_FINDINGS_OPEN));
    jdbc.query("select union_id, count(*)" + IN_PERIOD.formatted(unions, "uf_aid_case", "notice_starts")
        + " group by union_id", params, (ResultSet rs) -> into.put(rs, Figure.AID_NOTICES));
    jdbc.query("select union_id, count(*)" + IN_PERIOD.formatted(unions, "uf_motion", "published_on")
        + " group by union_id", params, (ResultSet rs) -> into.put(rs, Figure.MOTIONS_PUBLISHED));

    List<UnionFigures> result = new ArrayList<>();
    for (String union : unionIds) {
      result.add(UnionFigures.of(union, names.getOrDefault(union, union), figures.getOrDefault(union, Map.of()),
          sorted(visits, union), sorted(aid, union), sorted(budget, union)));
    }
    return result;
  }

  MapSqlParameterSource params(List<String> unionIds, FiguresPeriod period) {
    return new MapSqlParameterSource().addValue("unions", unionIds).addValue("from", period.from())
        .addValue("to", period.to()).addValue("year", period.year())
        .addValue("start", period.start(clock.getZone())).addValue("end", period.end(clock.getZone()))
        .addValue("officerGroups", OFFICER_GROUPS);
  }

  /** The union ids as a table {@code u (id)} of typed parameters (H2 types no bare parameter in a row value). */
  private static String unionRows(List<String> unionIds, MapSqlParameterSource params) {
    StringJoiner rows = new StringJoiner(", ", "(values ", ") u (id)");
    for (int i = 0; i < unionIds.size(); i++) {
      params.addValue("union" + i, unionIds.get(i));
      rows.add("(cast(:union" + i + " as varchar(255)))");
    }
    return rows.toString();
  }

  static BigDecimal money(ResultSet rs, int column) throws SQLException {
    BigDecimal amount = rs.getBigDecimal(column);
    return amount == null ? Money.ZERO : Money.of(amount);
  }

  private static void tally(Map<String, List<Tally>> into, ResultSet rs, Tally tally) throws SQLException {
    into.computeIfAbsent(rs.getString(1), union -> new ArrayList<>()).add(tally);
  }

  private static List<Tally> sorted(Map<String, List<Tally>> tallies, String union) {
    return tallies.getOrDefault(union, List.of()).stream().sorted(Tally.ORDER).toList();
  }

  /** Collects the rows' numbers by union: column 1 is the union, the next columns the figures in order. */
  private record Figures(Map<String, Map<Figure, BigDecimal>> byUnion) {

    void put(ResultSet rs, Figure... figures) throws SQLException {
      for (int i = 0; i < figures.length; i++) {
        BigDecimal value = figures[i].money() ? money(rs, i + 2) : BigDecimal.valueOf(rs.getLong(i + 2));
        add(rs.getString(1), figures[i], value);
      }
    }

    void add(String union, Figure figure, BigDecimal value) {
      byUnion.computeIfAbsent(union, u -> new HashMap<>()).merge(figure, value, BigDecimal::add);
    }
  }
}
