package org.unionflow.platform.keys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly counters in the domain database. The increment locks the counter row until the caller's transaction
 * ends, so two concurrent cases never get the same number and a rolled-back case leaves no gap.
 */
@Service
public class KeyCounters {

  private final JdbcTemplate jdbc;

  KeyCounters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the named counter in that year, starting at 1. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String counter, int year) {
    int updated = jdbc.update(
        "update uf_key_counter set last_value = last_value + 1 where counter_name = ? and counter_year = ?",
        counter, year);
    if (updated == 0) {
      jdbc.update("insert into uf_key_counter (counter_name, counter_year, last_value) values (?, ?, 1)",
          counter, year);
      return 1;
    }
    return jdbc.queryForObject(
        "select last_value from uf_key_counter where counter_name = ? and counter_year = ?",
        Integer.class, counter, year);
  }

  /** A business key such as {@code VIS-2026-007}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String nextBusinessKey(String prefix, int year) {
    return String.format("%s-%d-%03d", prefix, year, next(prefix, year));
  }
}
