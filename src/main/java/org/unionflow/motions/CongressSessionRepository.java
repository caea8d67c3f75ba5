package org.unionflow.motions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CongressSessionRepository extends JpaRepository<CongressSession, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  /** The session in force on a day: the latest one opened by then. */
  @Query("select s from CongressSession s where s.unionId = :unionId and s.opensOn <= :day order by s.opensOn desc"
      + " limit 1")
  Optional<CongressSession> findFirstByUnionIdAndOpensOnLessThanEqualOrderByOpensOnDesc(String unionId,
      LocalDate day);

  List<CongressSession> findByUnionIdOrderByOpensOnDesc(String unionId);

  Optional<CongressSession> findByIdAndUnionId(Long id, String unionId);

  boolean existsByUnionIdAndName(String unionId, String name);
}
