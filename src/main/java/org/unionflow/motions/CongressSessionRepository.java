package org.unionflow.motions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CongressSessionRepository extends JpaRepository<CongressSession, Long> {

  /** The session in force on a day: the latest one opened by then. */
  Optional<CongressSession> findFirstByUnionIdAndOpensOnLessThanEqualOrderByOpensOnDesc(String unionId,
      LocalDate day);

  List<CongressSession> findByUnionIdOrderByOpensOnDesc(String unionId);

  Optional<CongressSession> findByIdAndUnionId(Long id, String unionId);

  boolean existsByUnionIdAndName(String unionId, String name);
}
