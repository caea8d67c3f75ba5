package org.unionflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** The database a run uses, created empty: an H2 file under the output folder, or a PostgreSQL database. */
record Database(String kind, String url, String user, String password) {

  static final String POSTGRES = "postgres";
  private static final String PG_DATABASE = "unionflow_bench";

  static Database create(String kind, Path directory) throws IOException, SQLException {
    if (POSTGRES.equals(kind)) {
      return postgres();
    }
    Path files = directory.resolve("h2");
    deleteRecursively(files);
    return new Database("h2", "jdbc:h2:file:" + files.toAbsolutePath().resolve("unionflow")
        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000", "sa", "");
  }

  /**
   * A fresh database (UNIONFLOW_BENCH_PG_DATABASE, {@value #PG_DATABASE} by default, so runs of several people on
   * one server need not collide) on the server of UNIONFLOW_BENCH_PG_URL (or the tests' UNIONFLOW_TEST_PG_URL),
   * as UNIONFLOW_BENCH_PG_USER / _PASSWORD (or the tests' ones); the role needs CREATEDB.
   */
  private static Database postgres() throws SQLException {
    String server = environment("URL").replaceFirst("/[^/?]*(\\?.*)?$", "/");
    String user = environment("USER");
    String password = environment("PASSWORD");
    String name = System.getenv().getOrDefault("UNIONFLOW_BENCH_PG_DATABASE", PG_DATABASE);
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("UNIONFLOW_BENCH_PG_DATABASE is a lower-case SQL name, not " + name);
    }
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    }
    return new Database(POSTGRES, server + name, user, password);
  }

  private static String environment(String name) {
    String value = System.getenv("UNIONFLOW_BENCH_PG_" + name);
    if (value == null) {
      value = System.getenv("UNIONFLOW_TEST_PG_" + name);
    }
    if (value == null) {
      throw new IllegalStateException("Set UNIONFLOW_BENCH_PG_" + name + " (or UNIONFLOW_TEST_PG_" + name
          + ") to benchmark on PostgreSQL");
    }
    return value;
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
