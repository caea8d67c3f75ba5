package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.platform.Groups;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Choices;
import org.unionflow.platform.forms.Choices.Choice;
import org.unionflow.platform.forms.Submitted;
import org.unionflow.platform.identity.PersonName;

/** What completing each task of {@code fiveMandatoryVisits} writes into the visit ledger. */
@Configuration
@RequiredArgsConstructor
class VisitTaskListeners {


  private final VisitService visits;

  /** Offers the plan and record forms the union's officers by name. */
  @Bean
  TaskListener offerVisitorChoicesListener() {
    return task -> {
      List<Choice> officers = task.getProcessEngineServices().getIdentityService().createUserQuery()
          .memberOfGroup(Groups.OFFICERS).memberOfTenant(task.getTenantId()).orderByUserId().asc().list().stream()
          .map(user -> new Choice(PersonName.of(user), user.getId())).toList();
      task.setVariableLocal(OFFICER_CHOICES, Choices.variable(officers));
    };
  }

  // the visitors text replaces what was typed, so later steps (payment, referral) show everyone who went
  @Bean
  TaskListener saveVisitPlanListener() {
    return task -> {
      Submitted in = new Submitted(task);
      String visitors = VisitService.visitors(in.chosenLabels(PLANNED_OFFICERS, OFFICER_CHOICES),
          in.text(PLANNED_VISITORS));
      task.getExecution().setVariable(PLANNED_VISITORS, visitors);
      visits.plan(in.id(VISIT_ID), in.date(PLANNED_DATE), visitors);
    };
  }

  /** Tells the process whether money is to be paid and whether hardship was found. */
  @Bean
  TaskListener saveVisitRecordListener() {
    return task -> {
      Submitted in = new Submitted(task);
      boolean hardshipFound = in.flag(HARDSHIP_FOUND);
      String visitors = VisitService.visitors(in.chosenLabels(VISITING_OFFICERS, OFFICER_CHOICES), in.text(VISITORS));
      task.getExecution().setVariable(VISITORS, visitors);
      boolean paymentDue = visits.record(in.id(VISIT_ID), in.date(VISIT_DATE), visitors,
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
