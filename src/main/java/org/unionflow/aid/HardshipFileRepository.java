package org.unionflow.aid;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.unionflow.members.Member;

interface HardshipFileRepository extends JpaRepository<HardshipFile, Long> {

  Optional<HardshipFile> findByMember(Member member);
}
