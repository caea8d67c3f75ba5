package org.unionflow.motions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RepresentativeRepository extends JpaRepository<Representative, Long> {

  // on every step of a case: a query string's plan is cached, a derived (criteria) query's is built per call
  @Query("select r from Representative r where r.session = :session and r.userId in :userIds")
  List<Representative> findBySessionAndUserIdIn(CongressSession session, Collection<String> userIds);

  @Query("select r from Representative r where r.session = :session order by r.userId")
  List<Representative> findBySessionOrderByUserId(CongressSession session);

  @Query("select count(r) > 0 from Representative r where r.session = :session and r.userId = :userId")
  boolean existsBySessionAndUserId(CongressSession session, String userId);
}
