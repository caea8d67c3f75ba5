package org.unionflow.county;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.unionflow.aid.AidCategory;
import org.unionflow.aid.HardshipLevel;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.motions.MotionCategory;
import org.unionflow.visits.EventType;

/**
 * The register rows behind one base union's figures: the same rows, by the same dates, as {@link FigureQueries}
 * counts, so a figure and its drill-down always agree. Codes are shown as their labels, moments as union days.
 */
@Repository
@RequiredArgsConstructor
class FigureRows {

  /** One row: its business key (or voucher, or session), the union day that put it in the period, what it is. */
  record Row(String key, LocalDate day, String subject, String status, BigDecimal amount) {
  }

  private static final Map<Source, String> SQL = Map.of(
      Source.CONGRESS, "select name, opens_on, name, null, null from uf_congress_session"
          + " where union_id = :union and opens_on between :from and :to order by opens_on",
      Source.MOTIONS, "select business_key, submitted_at, category, status, null from uf_motion"
          + " where union_id = :union and submitted_at >= :start and submitted_at < :end order by submitted_at",
      Source.VISITS, "select business_key, visit_date, event_type, status,"
          + " case when ledger_entry_id is not null then money_handed_over end from uf_visit"
          + " where union_id = :union and visit_date between :from and :to order by visit_date, business_key",
      Source.AID, "select business_key, paid_on, category, status, approved_amount, hardship_level from uf_aid_case"
          + " where union_id = :union and status = 'PAID' and paid_on between :from and :to"
          + " order by paid_on, business_key",
      Source.HARDSHIP_FILES, "select cast(id as varchar(20)), since, hardship_level, null, null from uf_hardship_file"
          + " where union_id = :union and closed = false and since <= :to order by since, id",
      Source.EXPENSES, "select business_key, paid_on, category, status, amount from uf_expense"
          + " where union_id = :union and status = 'PAID' and paid_on between :from and :to"
          + " order by paid_on, business_key",
      Source.LEDGER, "select e.voucher_no, e.entry_date, e.category, null, e.amount from uf_ledger_entry e"
          + " join uf_budget_line l on l.id = e.budget_line_id where e.union_id = :union and l.budget_year = :year"
          + " and e.direction = 'EXPENSE' and e.entry_date between :from and :to order by e.entry_date, e.voucher_no",
      Source.AUDITS, "select business_key, published_at, null, status, null from uf_fund_audit"
          + " where union_id = :union and status = 'PUBLISHED' and published_at >= :start and published_at < :end"
          + " order by published_at");

  private final NamedParameterJdbcTemplate jdbc;
  private final FigureQueries queries;
  private final Clock clock;

  List<Row> of(String unionId, Source source, FiguresPeriod period) {
    MapSqlParameterSource params = queries.params(List.of(unionId), period).addValue("union", unionId);
    return jdbc.query(SQL.get(source), params, mapper(source));
  }

  private RowMapper<Row> mapper(Source source) {
    Function<String, String> label = switch (source) {
      case MOTIONS -> code -> MotionCategory.valueOf(code).label();
      case VISITS -> code -> EventType.valueOf(code).label();
      case AID -> code -> AidCategory.valueOf(code).label();
      case HARDSHIP_FILES -> code -> HardshipLevel.valueOf(code).label();
      case EXPENSES, LEDGER -> code -> BudgetCategory.valueOf(code).label();
      case CONGRESS, AUDITS -> code -> code;
    };
    return (rs, i) -> {
      String subject = rs.getString(3) == null ? null : label.apply(rs.getString(3));
      if (source == Source.AID) {
        subject += " · " + HardshipLevel.valueOf(rs.getString(6)).label();
      }
      return new Row(rs.getString(1), day(rs), subject, rs.getString(4),
          rs.getBigDecimal(5) == null ? null : FigureQueries.money(rs, 5));
    };
  }

  /** A date column as it is; a moment as the union day it fell on. */
  private LocalDate day(ResultSet rs) throws SQLException {
    if (rs.getMetaData().getColumnType(2) == Types.DATE) {
      return rs.getObject(2, LocalDate.class);
    }
    OffsetDateTime moment = rs.getObject(2, OffsetDateTime.class);
    return moment == null ? null : moment.atZoneSameInstant(clock.getZone()).toLocalDate();
  }
}
