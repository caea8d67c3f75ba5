package org.unionflow.fund;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.identity.ProcessStarters;

/** Officers request expenses (SPEC.md §3); the audit committee starts an audit on demand, timers the others. */
@Configuration
@EnableConfigurationProperties(FundSettings.class)
class FundStarters {

  @Bean
  ProcessStarters expenseRequesters() {
    return new ProcessStarters(ExpenseProcess.KEY, List.of(Groups.OFFICERS));
  }

  @Bean
  ProcessStarters auditRequesters() {
    return new ProcessStarters(AuditProcess.KEY, List.of(Groups.AUDITORS));
  }
}
