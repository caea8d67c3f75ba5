package org.unionflow.audit;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.identity.ProcessStarters;

/** The audit committee starts an audit on demand (SPEC.md §3); the semester timer starts the others. */
@Configuration
@EnableConfigurationProperties(AuditSettings.class)
class AuditStarters {

  @Bean
  ProcessStarters auditRequesters() {
    return new ProcessStarters(AuditProcess.KEY, List.of(Groups.AUDITORS));
  }
}
