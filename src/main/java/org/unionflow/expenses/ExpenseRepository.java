package org.unionflow.expenses;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.unionflow.fund.BudgetCategory;
import org.unionflow.platform.steps.CasesAtStep;

interface ExpenseRepository extends JpaRepository<Expense, Long>, JpaSpecificationExecutor<Expense> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select e from Expense e where e.unionId = :unionId and e.businessKey = :businessKey")
  Optional<Expense> findByUnionIdAndBusinessKey(String unionId, String businessKey);

  /** Filters built in Java, so no null-typed parameter reaches PostgreSQL. */
  default Page<Expense> search(String unionId, ExpenseStatus status, BudgetCategory category, LocalDate from,
      LocalDate to, CasesAtStep at, Pageable pageable) {
    Specification<Expense> spec = (root, query, cb) -> cb.equal(root.get("unionId"), unionId);
    if (status != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    if (category != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), category));
    }
    if (from != null) {
      spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("plannedDate"), from));
    }
    if (to != null) {
      spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("plannedDate"), to));
    }
    if (!at.all()) {
      spec = spec.and((root, query, cb) -> root.get("processInstanceId").in(at.instances()));
    }
    return findAll(spec, pageable);
  }
}
