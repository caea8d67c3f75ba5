package org.unionflow.fund;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditSampleRepository extends JpaRepository<AuditSample, Long> {

  List<AuditSample> findByAuditIdOrderByVoucherNo(Long auditId);
}
