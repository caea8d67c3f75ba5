package org.unionflow.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  @Query("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.budgetLine = :line and e.direction = 'EXPENSE'")
  BigDecimal spentOn(@Param("line") BudgetLine line);

  /** What has been spent from each of a union's lines of a year that has any expense. */
  @Query("select new org.unionflow.fund.SpentOnLine(e.budgetLine.id, sum(e.amount)) from LedgerEntry e"
      + " where e.budgetLine.unionId = :unionId and e.budgetLine.year = :year and e.direction = 'EXPENSE'"
      + " group by e.budgetLine.id")
  List<SpentOnLine> spentByLine(@Param("unionId") String unionId, @Param("year") int year);

  List<LedgerEntry> findByUnionIdAndEntryDateBetweenOrderByVoucherNo(String unionId, LocalDate from, LocalDate to);

  @Query("select e from LedgerEntry e join fetch e.budgetLine where e.processInstanceId = :processInstanceId "
      + "order by e.bookedAt, e.id")
  List<LedgerEntry> findByProcessInstance(@Param("processInstanceId") String processInstanceId);

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select count(e) > 0 from LedgerEntry e where e.unionId = :unionId and e.voucherNo = :voucherNo")
  boolean existsByUnionIdAndVoucherNo(String unionId, String voucherNo);

  @Query("select e from LedgerEntry e where e.businessKey = :businessKey and e.category = :category"
      + " and e.direction = :direction")
  Optional<LedgerEntry> findByBusinessKeyAndCategoryAndDirection(String businessKey, BudgetCategory category,
      Direction direction);

  @Query(value = "select e from LedgerEntry e join fetch e.budgetLine l where l.unionId = :unionId and l.year = :year",
      countQuery = "select count(e) from LedgerEntry e where e.budgetLine.unionId = :unionId and e.budgetLine.year = :year")
  Page<LedgerEntry> findByUnionAndYear(@Param("unionId") String unionId, @Param("year") int year, Pageable pageable);
}
