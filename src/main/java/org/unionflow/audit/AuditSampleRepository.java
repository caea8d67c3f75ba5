package org.unionflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditSampleRepository extends JpaRepository<AuditSample, Long> {

  List<AuditSample> findByAuditIdOrderByVoucherNo(Long auditId);
}
