package org.unionflow.trail;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApprovalStepRepository extends JpaRepository<ApprovalStep, Long>, JpaSpecificationExecutor<ApprovalStep> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call;
  // and only what the next step needs, so the last step is not loaded to be dirty-checked at the flush
  @Query("select new org.unionflow.trail.ChainHead(s.seq, s.hash) from ApprovalStep s"
      + " where s.processInstanceId = :processInstanceId order by s.seq desc limit 1")
  Optional<ChainHead> findHead(String processInstanceId);

  List<ApprovalStep> findByProcessInstanceIdOrderBySeq(String processInstanceId);

  @Query("select distinct s.processInstanceId from ApprovalStep s where s.unionId = :unionId order by s.processInstanceId")
  List<String> findCasesOf(@Param("unionId") String unionId);
}
