package org.unionflow.visits;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.identity.ProcessStarters;

/** Whoever first learns of a member's life event may report it (SPEC.md §1). */
@Configuration
class VisitStarters {

  @Bean
  ProcessStarters visitReporters() {
    return new ProcessStarters(VisitProcess.KEY,
        List.of(Groups.OFFICERS, Groups.GROUP_LEADERS, Groups.CHAIR, Groups.WOMENS_COMMITTEE));
  }
}
