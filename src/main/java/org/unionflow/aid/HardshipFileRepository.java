package org.unionflow.aid;

import jakarta.persistence.criteria.JoinType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.unionflow.members.Member;

interface HardshipFileRepository extends JpaRepository<HardshipFile, Long>, JpaSpecificationExecutor<HardshipFile> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select f from HardshipFile f where f.member = :member")
  Optional<HardshipFile> findByMember(Member member);

  @Override
  @EntityGraph(attributePaths = "member")
  Page<HardshipFile> findAll(Specification<HardshipFile> spec, Pageable pageable);

  /**
   * Open or closed files, optionally only those due for review by a day (overdue ones included), of a level, or
   * of members whose name contains the text; filters built in Java, so no null-typed parameter reaches PostgreSQL.
   */
  default Page<HardshipFile> search(String unionId, boolean closed, LocalDate dueBy, HardshipLevel level,
      String name, Pageable pageable) {
    Specification<HardshipFile> spec = (root, query, cb) -> cb.and(cb.equal(root.get("unionId"), unionId),
        cb.equal(root.get("closed"), closed));
    if (dueBy != null) {
      spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("nextReviewOn"), dueBy));
    }
    if (level != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("hardshipLevel"), level));
    }
    if (name != null && !name.isBlank()) {
      String pattern = "%" + name.strip() + "%";
      spec = spec.and((root, query, cb) -> cb.like(root.join("member", JoinType.INNER).get("name"), pattern));
    }
    return findAll(spec, pageable);
  }
}
