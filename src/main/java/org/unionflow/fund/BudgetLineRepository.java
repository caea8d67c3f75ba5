package org.unionflow.fund;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

  /** Locks the line until the booking transaction ends: two payments never both spend its last yuan. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from BudgetLine l where l.unionId = :unionId and l.year = :year and l.category = :category")
  Optional<BudgetLine> lockLine(@Param("unionId") String unionId, @Param("year") int year,
      @Param("category") BudgetCategory category);

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select l from BudgetLine l where l.unionId = :unionId and l.year = :year and l.category = :category")
  Optional<BudgetLine> findByUnionIdAndYearAndCategory(String unionId, int year, BudgetCategory category);

  @Query("select l from BudgetLine l where l.unionId = :unionId and l.year = :year order by l.category")
  List<BudgetLine> findByUnionIdAndYearOrderByCategory(String unionId, int year);

  boolean existsByUnionId(String unionId);

  @Query("select distinct l.unionId from BudgetLine l order by l.unionId")
  List<String> unionIds();
}
