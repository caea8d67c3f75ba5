package org.unionflow.platform.keys;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Yearly counters in the domain database. The increment locks the counter row until the caller's transaction
 * ends, so two concurrent cases never get the same number and a rolled-back case leaves no gap.
 */
@Service
public class KeyCounters {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  KeyCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the named counter in that year, starting at 1. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String counter, int year) {
    if (increment(counter, year) == 0) {
      create(counter, year);
      increment(counter, year);
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

  private int increment(String counter, int year) {
    return jdbc.update(
        "update uf_key_counter set last_value = last_value + 1 where counter_name = ? and counter_year = ?",
        counter, year);
  }

  /**
   * Creates the year's counter at 0 in a transaction of its own, committed at once: inserted in the caller's
   * transaction, concurrent first cases of a year would wait for it and then fail on the duplicate row.
   */
  private void create(String counter, int year) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into uf_key_counter (counter_name, counter_year, last_value) values (?, ?, 0)", counter, year));
    } catch (DuplicateKeyException createdAtTheSameMoment) {
      // by a concurrent first case: it is there now
    }
  }
}
