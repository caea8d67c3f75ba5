package org.unionflow.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * Fresh PostgreSQL databases for system tests, on the server CI names in UNIONFLOW_TEST_PG_URL (its user
 * may create databases). Without that variable there is no PostgreSQL, and the tests that need it are skipped.
 */
final class PostgresDatabases {

  static final String URL_VARIABLE = "UNIONFLOW_TEST_PG_URL";

  private PostgresDatabases() {
  }

  static boolean available() {
    return Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(url -> !url.isBlank()).isPresent();
  }

  /** Drops and creates the named database; answers the Spring properties that point the app at it. */
  static Map<String, String> fresh(String name) throws SQLException {
    try (Connection admin = DriverManager.getConnection(System.getenv(URL_VARIABLE), user(), password());
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
    }
    String url = System.getenv(URL_VARIABLE);
    return Map.of(
        "spring.datasource.url", url.substring(0, url.lastIndexOf('/') + 1) + name,
        "spring.datasource.username", user(),
        "spring.datasource.password", password());
  }

  private static String user() {
    return System.getenv().getOrDefault("UNIONFLOW_TEST_PG_USER", "unionflow");
  }

  private static String password() {
    return System.getenv().getOrDefault("UNIONFLOW_TEST_PG_PASSWORD", "");
  }
}
