package org.unionflow.visits;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<Visit, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select v from Visit v join fetch v.member where v.businessKey = :businessKey and v.unionId = :unionId")
  Optional<Visit> findByBusinessKeyAndUnionId(String businessKey, String unionId);

  @Query("select v from Visit v where v.processInstanceId = :processInstanceId")
  Optional<Visit> findByProcessInstanceId(String processInstanceId);

  @EntityGraph(attributePaths = "member")
  @Query("""
      select v from Visit v
      where v.unionId = :unionId
        and (:status is null or v.status = :status)
        and (:eventType is null or v.eventType = :eventType)
        and (:allCases = true or v.processInstanceId in :instances)
      """)
  Page<Visit> search(@Param("unionId") String unionId, @Param("status") VisitStatus status,
      @Param("eventType") EventType eventType, @Param("allCases") boolean allCases,
      @Param("instances") Collection<String> instances, Pageable pageable);
}
