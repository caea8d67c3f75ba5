package org.unionflow.trail;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalStepRepository extends JpaRepository<ApprovalStep, Long> {

  Optional<ApprovalStep> findTopByProcessInstanceIdOrderBySeqDesc(String processInstanceId);

  List<ApprovalStep> findByProcessInstanceIdOrderBySeq(String processInstanceId);
}
