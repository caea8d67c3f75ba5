package org.unionflow.aid;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.unionflow.members.Member;

interface AidCaseRepository extends JpaRepository<AidCase, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select c from AidCase c join fetch c.member where c.businessKey = :businessKey and c.unionId = :unionId")
  Optional<AidCase> findByBusinessKeyAndUnionId(String businessKey, String unionId);

  @EntityGraph(attributePaths = "member")
  @Query("""
      select c from AidCase c where c.unionId = :unionId
        and (:status is null or c.status = :status)
        and (:category is null or c.category = :category)
        and c.openedAt >= :from and c.openedAt < :until
        and (:allCases = true or c.processInstanceId in :instances)""")
  Page<AidCase> search(String unionId, AidStatus status, AidCategory category, Instant from, Instant until,
      boolean allCases, Collection<String> instances, Pageable pageable);

  @EntityGraph(attributePaths = "member")
  List<AidCase> findByUnionIdAndStatusOrderByNoticeEnds(String unionId, AidStatus status);

  List<AidCase> findByMemberAndStatusOrderByPaidOn(Member member, AidStatus status);
}
