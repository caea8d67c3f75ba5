package org.unionflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditFindingRepository extends JpaRepository<AuditFinding, Long> {

  List<AuditFinding> findByAuditIdOrderById(Long auditId);

  List<AuditFinding> findByAuditIdAndStatusOrderById(Long auditId, FindingStatus status);

  boolean existsByAuditIdAndAuditor(Long auditId, String auditor);
}
