package org.unionflow.aid;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AidObjectionRepository extends JpaRepository<AidObjection, Long> {

  List<AidObjection> findByAidCaseOrderByLodgedAt(AidCase aidCase);
}
