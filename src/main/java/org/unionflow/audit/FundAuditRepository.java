package org.unionflow.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundAuditRepository extends JpaRepository<FundAudit, Long> {

  Optional<FundAudit> findByUnionIdAndBusinessKey(String unionId, String businessKey);

  Optional<FundAudit> findByProcessInstanceId(String processInstanceId);

  boolean existsByUnionIdAndBusinessKey(String unionId, String businessKey);

  List<FundAudit> findByUnionIdOrderByPeriodStartDesc(String unionId);

  List<FundAudit> findByUnionIdAndProcessInstanceIdInOrderByPeriodStartDesc(String unionId,
      Collection<String> instances);
}
