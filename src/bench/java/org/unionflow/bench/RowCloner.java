package org.unionflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;

/**
 * Fills tables fast by copying real rows with JDBC batches: a hundred thousand tasks or a million history rows
 * through the engine would take longer than the benchmark itself, and the rows' shape is what queries see.
 */
@RequiredArgsConstructor
final class RowCloner {

  /** What a copy puts in a column: the template's value, another value, or nothing (an identity column). */
  interface Rewrite {
    Object SKIP = new Object();

    Object value(String column, Object template, int copy);
  }

  private static final int BATCH = 1000;

  private final DataSource dataSource;

  /**
   * Refreshes the planner's statistics, as autovacuum would for rows that arrived over months: right after a
   * bulk insert PostgreSQL still plans for the small table and picks nested loops that grow with the square.
   */
  private static void analyze(Connection connection, String table) throws SQLException {
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
        .contains("postgres");
    try (Statement statement = connection.createStatement()) {
      statement.execute((postgres ? "analyze " : "analyze table ") + table);
    }
  }

  /** Inserts {@code copies} copies of every row {@code select * from table where ...} finds; returns rows written. */
  long copy(String table, String where, int copies, Rewrite rewrite) {
    try (Connection connection = dataSource.getConnection()) {
      List<String> columns = new ArrayList<>();
      List<Object[]> templates = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select * from " + table + " where " + where)) {
        ResultSetMetaData meta = rows.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
        }
        while (rows.next()) {
          Object[] values = new Object[columns.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = rows.getObject(i + 1);
          }
          templates.add(values);
        }
      }
      if (templates.isEmpty()) {
        throw new IllegalStateException("No row in " + table + " where " + where + " to copy");
      }
      List<Integer> written = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        if (rewrite.value(columns.get(i), templates.get(0)[i], 0) != Rewrite.SKIP) {
          written.add(i);
        }
      }
      String sql = "insert into " + table + " (" + String.join(", ", written.stream().map(columns::get).toList())
          + ") values (" + String.join(", ", written.stream().map(i -> "?").toList()) + ")";
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      long rowsWritten = 0;
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (int copy = 1; copy <= copies; copy++) {
          for (Object[] template : templates) {
            int parameter = 1;
            for (int i : written) {
              insert.setObject(parameter++, rewrite.value(columns.get(i), template[i], copy));
            }
            insert.addBatch();
            if (++rowsWritten % BATCH == 0) {
              insert.executeBatch();
              connection.commit();
            }
          }
        }
        insert.executeBatch();
        connection.commit();
      } finally {
        connection.setAutoCommit(autoCommit);
      }
      analyze(connection, table);
      return rowsWritten;
    } catch (SQLException e) {
      throw new IllegalStateException("Copying rows of " + table, e);
    }
  }
}
