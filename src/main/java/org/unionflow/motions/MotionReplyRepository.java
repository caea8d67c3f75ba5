package org.unionflow.motions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MotionReplyRepository extends JpaRepository<MotionReply, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select r from MotionReply r where r.motion = :motion order by r.round, r.id")
  List<MotionReply> findByMotionOrderByRoundAscIdAsc(Motion motion);

  @Query("select r from MotionReply r where r.motion = :motion and r.round = :round and r.department = :department"
      + " order by r.id desc limit 1")
  Optional<MotionReply> findFirstByMotionAndRoundAndDepartmentOrderByIdDesc(Motion motion, int round,
      String department);
}
