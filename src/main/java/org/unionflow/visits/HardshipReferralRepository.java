package org.unionflow.visits;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface HardshipReferralRepository extends JpaRepository<HardshipReferral, Long> {

  @EntityGraph(attributePaths = {"member", "visit"})
  Optional<HardshipReferral> findByVisit(Visit visit);

  @EntityGraph(attributePaths = {"member", "visit"})
  List<HardshipReferral> findByUnionIdAndStatusOrderByReferredAt(String unionId, ReferralStatus status);
}
