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

  List<LedgerEntry> findByUnionIdAndEntryDateBetweenOrderByVoucherNo(String unionId, LocalDate from, LocalDate to);

  @Query("select e from LedgerEntry e join fetch e.budgetLine where e.processInstanceId = :processInstanceId "
      + "order by e.bookedAt, e.id")
  List<LedgerEntry> findByProcessInstance(@Param("processInstanceId") String processInstanceId);

  boolean existsByUnionIdAndVoucherNo(String unionId, String voucherNo);

  Optional<LedgerEntry> findByBusinessKeyAndCategoryAndDirection(String businessKey, BudgetCategory category,
      Direction direction);

  @Query(value = "select e from LedgerEntry e join fetch e.budgetLine l where l.unionId = :unionId and l.year = :year",
      countQuery = "select count(e) from LedgerEntry e where e.budgetLine.unionId = :unionId and e.budgetLine.year = :year")
  Page<LedgerEntry> findByUnionAndYear(@Param("unionId") String unionId, @Param("year") int year, Pageable pageable);
}
