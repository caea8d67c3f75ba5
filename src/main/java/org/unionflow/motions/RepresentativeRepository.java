package org.unionflow.motions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentativeRepository extends JpaRepository<Representative, Long> {

  List<Representative> findBySessionAndUserIdIn(CongressSession session, Collection<String> userIds);

  List<Representative> findBySessionOrderByUserId(CongressSession session);

  boolean existsBySessionAndUserId(CongressSession session, String userId);
}
