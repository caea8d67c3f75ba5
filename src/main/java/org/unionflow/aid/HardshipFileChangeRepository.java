package org.unionflow.aid;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HardshipFileChangeRepository extends JpaRepository<HardshipFileChange, Long> {

  List<HardshipFileChange> findByHardshipFileOrderById(HardshipFile file);
}
