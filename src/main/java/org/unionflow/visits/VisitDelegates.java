package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import java.math.BigDecimal;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.aid.AidProcess;
import org.unionflow.aid.AidSource;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.engine.UnionTenantIdProvider;
import org.unionflow.platform.forms.Submitted;

/** The service tasks of {@code fiveMandatoryVisits}: thin beans that hand typed variables to {@link VisitService}. */
@Configuration
@RequiredArgsConstructor
class VisitDelegates {

  private final VisitService visits;
  private final UnionCalendar calendar;

  /** Opens the visit's ledger line and gives the case its business key. */
  @Bean
  JavaDelegate registerVisitDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      String initiator = in.text(INITIATOR);
      String reporter = initiator == null ? in.text(REPORTER) : in.text(REPORTER) + " (" + initiator + ")";
      Visit visit = visits.register(execution.getTenantId(), execution.getProcessInstanceId(),
          in.text(MEMBER_STAFF_NO), EventType.valueOf(in.text(EVENT_TYPE)), in.date(EVENT_DATE), in.text(DETAILS),
          reporter);
      execution.setProcessBusinessKey(visit.getBusinessKey());
      execution.setVariable(VISIT_ID, visit.getId());
      execution.setVariable(MEMBER_NAME, visit.getMember().getName());
      if (in.integer(DAYS_IN_HOSPITAL) == null) {
        execution.setVariable(DAYS_IN_HOSPITAL, 0);
      }
    };
  }

  /** Writes the decided standard into the ledger and sets the deadline the visit tasks and the timer run on. */
  @Bean
  JavaDelegate fixVisitStandardDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      VisitStandard standard = new VisitStandard(in.integer(DEADLINE_DAYS),
          BigDecimal.valueOf(in.integer(STANDARD_AMOUNT)).setScale(2), in.text(GIFT), in.text(MUST_ATTEND),
          in.text(LEAD_GROUP));
      Visit visit = visits.applyStandard(in.id(VISIT_ID), standard);
      // the visit is due by the end of the union's deadline day
      execution.setVariable(VISIT_DEADLINE, calendar.endOf(visit.getDeadline()));
    };
  }

  /**
   * Books the money the treasurer paid. Runs in the transaction that completes "Pay condolence money", so a
   * refusal (line exhausted) rolls the completion back and the treasurer's task stays open.
   */
  @Bean
  JavaDelegate bookCondolenceMoneyDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      LedgerEntry entry = visits.bookCondolenceMoney(in.id(VISIT_ID), in.date(PAID_ON), Actor.of(execution));
      execution.setVariable(VOUCHER_NO, entry.getVoucherNo());
    };
  }

  /** Records the hardship the visit found and, in the same transaction, starts a hardship-aid case from it. */
  @Bean
  JavaDelegate referHardshipDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      String note = in.text(HARDSHIP_NOTE) == null ? in.text(SITUATION) : in.text(HARDSHIP_NOTE);
      HardshipReferral referral = visits.referHardship(in.id(VISIT_ID), note, in.text(VISITORS));
      if (referral.getStatus() == ReferralStatus.OPEN) {
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
            AidProcess.REFERRAL_MESSAGE, Map.of(UnionTenantIdProvider.UNION_ID, execution.getTenantId(),
                AidProcess.SOURCE, AidSource.VISIT_REFERRAL.name(),
                AidProcess.MEMBER_STAFF_NO, referral.getMember().getStaffNo(),
                AidProcess.DESCRIPTION, note,
                AidProcess.REFERRAL_ID, referral.getId(),
                AidProcess.VISIT_BUSINESS_KEY, execution.getProcessBusinessKey()));
        visits.takeUpReferral(referral.getId());
      }
    };
  }

  /** Closes the visit's ledger line once the visit is made and any money booked. */
  @Bean
  JavaDelegate writeVisitLedgerDelegate() {
    return execution -> visits.closeLedgerLine(new Submitted(execution).id(VISIT_ID));
  }
}
