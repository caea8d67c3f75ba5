package org.unionflow.motions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MotionRepository extends JpaRepository<Motion, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select m from Motion m join fetch m.session where m.businessKey = :businessKey and m.unionId = :unionId")
  Optional<Motion> findByBusinessKeyAndUnionId(String businessKey, String unionId);

  List<Motion> findBySession(CongressSession session);

  @Query("select m from Motion m where m.session = :session and m.id <> :motionId"
      + " and m.decision = org.unionflow.motions.ReviewDecision.ACCEPT")
  List<Motion> acceptedOthersOf(CongressSession session, long motionId);

  @EntityGraph(attributePaths = "session")
  @Query("""
      select m from Motion m
      where m.unionId = :unionId
        and (:sessionId is null or m.session.id = :sessionId)
        and (:status is null or m.status = :status)
        and (:category is null or m.category = :category)
        and (:departmentPattern is null or concat(',', m.departments, ',') like :departmentPattern)
        and (:allCases = true or m.processInstanceId in :instances)
      """)
  Page<Motion> search(@Param("unionId") String unionId, @Param("sessionId") Long sessionId,
      @Param("status") MotionStatus status, @Param("category") MotionCategory category,
      @Param("departmentPattern") String departmentPattern, @Param("allCases") boolean allCases,
      @Param("instances") Collection<String> instances, Pageable pageable);
}
