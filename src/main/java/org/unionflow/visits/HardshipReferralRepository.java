package org.unionflow.visits;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HardshipReferralRepository extends JpaRepository<HardshipReferral, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select r from HardshipReferral r join fetch r.member join fetch r.visit where r.visit = :visit")
  Optional<HardshipReferral> findByVisit(Visit visit);

  @EntityGraph(attributePaths = {"member", "visit"})
  List<HardshipReferral> findByUnionIdAndStatusOrderByReferredAt(String unionId, ReferralStatus status);
}
