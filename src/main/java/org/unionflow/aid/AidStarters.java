package org.unionflow.aid;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.identity.ProcessStarters;

/**
 * Officers apply on a member's behalf and group leaders nominate (SPEC.md §4); visits start cases themselves.
 * Members have no accounts of their own yet, so their applications come in through an officer.
 */
@Configuration
@EnableConfigurationProperties(AidSettings.class)
class AidStarters {

  @Bean
  ProcessStarters aidApplicants() {
    return new ProcessStarters(AidProcess.KEY, List.of(Groups.OFFICERS, Groups.GROUP_LEADERS, Groups.CHAIR));
  }
}
