package org.unionflow.motions;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.identity.ProcessStarters;

/** Representatives submit motions (SPEC.md §2). */
@Configuration
class MotionStarters {

  @Bean
  ProcessStarters motionProposers() {
    return new ProcessStarters(MotionProcess.KEY, List.of(Groups.REPRESENTATIVES));
  }
}
