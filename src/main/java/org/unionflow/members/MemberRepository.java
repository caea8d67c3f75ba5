package org.unionflow.members;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select m from Member m where m.unionId = :unionId and m.staffNo = :staffNo")
  Optional<Member> findByUnionIdAndStaffNo(String unionId, String staffNo);

  @Query("select m from Member m where m.unionId = :unionId and m.staffNo in :staffNos")
  List<Member> findByUnionIdAndStaffNoIn(String unionId, Collection<String> staffNos);

  Optional<Member> findByIdAndUnionId(Long id, String unionId);

  List<Member> findByUnionIdOrderByStaffNo(String unionId);

  boolean existsByUnionIdAndStaffNo(String unionId, String staffNo);

  @Query("""
      select m from Member m
      where m.unionId = :unionId
        and (:search is null or lower(m.name) like :search or lower(m.staffNo) like :search)
        and (:unionGroup is null or m.unionGroup = :unionGroup)
      """)
  Page<Member> search(@Param("unionId") String unionId, @Param("search") String search,
      @Param("unionGroup") String unionGroup, Pageable pageable);

  @Query("select distinct m.unionGroup from Member m where m.unionId = :unionId order by m.unionGroup")
  List<String> unionGroups(@Param("unionId") String unionId);
}
