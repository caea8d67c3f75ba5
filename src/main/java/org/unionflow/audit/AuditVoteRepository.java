package org.unionflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditVoteRepository extends JpaRepository<AuditVote, Long> {

  boolean existsByAuditIdAndReportRoundAndVoter(Long auditId, int reportRound, String voter);

  long countByAuditIdAndReportRoundAndVote(Long auditId, int reportRound, String vote);

  List<AuditVote> findByAuditIdOrderByReportRoundAscVotedAtAsc(Long auditId);
}
