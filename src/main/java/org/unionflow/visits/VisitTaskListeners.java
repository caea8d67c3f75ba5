package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** What completing each task of {@code fiveMandatoryVisits} writes into the visit ledger. */
@Configuration
class VisitTaskListeners {

  private final VisitService visits;

  VisitTaskListeners(VisitService visits) {
    this.visits = visits;
  }

  @Bean
  TaskListener saveVisitPlanListener() {
    return task -> {
      Submitted in = new Submitted(task);
      visits.plan(in.id(VISIT_ID), in.date(PLANNED_DATE), in.text(PLANNED_VISITORS));
    };
  }

  /** Tells the process whether money is to be paid and whether hardship was found. */
  @Bean
  TaskListener saveVisitRecordListener() {
    return task -> {
      Submitted in = new Submitted(task);
      boolean hardshipFound = in.flag(HARDSHIP_FOUND);
      boolean paymentDue = visits.record(in.id(VISIT_ID), in.date(VISIT_DATE), in.text(VISITORS),
          in.text(SITUATION), in.money(MONEY_HANDED_OVER), hardshipFound);
      task.setVariable(PAYMENT_DUE, paymentDue);
      task.setVariable(HARDSHIP_FOUND, hardshipFound);
    };
  }

  /** Notes the chair's supervision of an overdue visit. */
  @Bean
  TaskListener saveSupervisionListener() {
    return task -> visits.supervise(new Submitted(task).id(VISIT_ID), Actor.of(task),
        new Submitted(task).text(SUPERVISION_NOTE));
  }
}
