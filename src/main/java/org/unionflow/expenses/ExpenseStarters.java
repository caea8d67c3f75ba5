package org.unionflow.expenses;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.identity.ProcessStarters;

/** Officers request expenses (SPEC.md §3). */
@Configuration
class ExpenseStarters {

  @Bean
  ProcessStarters expenseRequesters() {
    return new ProcessStarters(ExpenseProcess.KEY, List.of(Groups.OFFICERS));
  }
}
