package org.unionflow.motions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MotionReplyRepository extends JpaRepository<MotionReply, Long> {

  List<MotionReply> findByMotionOrderByRoundAscIdAsc(Motion motion);

  Optional<MotionReply> findFirstByMotionAndRoundAndDepartmentOrderByIdDesc(Motion motion, int round,
      String department);
}
