package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.UnionCalendar;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** The service tasks of {@code hardshipAid}: thin beans that hand typed variables to {@link AidService}. */
@Configuration
@RequiredArgsConstructor
class AidDelegates {

  private final AidService aid;
  private final UnionCalendar calendar;

  /** Opens the aid case of an application, a nomination or a visit's referral and gives it its business key. */
  @Bean
  JavaDelegate openAidCaseDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      AidSource source = AidSource.valueOf(in.text(SOURCE));
      String openedBy = in.text(INITIATOR) == null ? Actor.of(execution) : in.text(INITIATOR);
      AidCase aidCase = aid.open(execution.getTenantId(), execution.getProcessInstanceId(),
          in.text(MEMBER_STAFF_NO), source, in.text(DESCRIPTION), openedBy);
      if (source == AidSource.VISIT_REFERRAL) {
        // the visit knows the hardship, not the figures: an officer completes them next
        aid.refer(aidCase.getId(), in.id(REFERRAL_ID), in.text(VISIT_BUSINESS_KEY));
      } else {
        if (source == AidSource.NOMINATION) {
          aid.nominate(aidCase.getId(), in.text(NOMINATED_BY));
        }
        aid.apply(aidCase.getId(), AidApplications.read(execution));
      }
      execution.setProcessBusinessKey(aidCase.getBusinessKey());
      execution.setVariable(CASE_ID, aidCase.getId());
      execution.setVariable(MEMBER_NAME, aidCase.getMember().getName());
      execution.setVariable(INCOME_THRESHOLD, aid.incomeThreshold().doubleValue());
    };
  }

  /** Writes what the eligibility table decided into the case; a member not eligible sees the reason there. */
  @Bean
  JavaDelegate recordEligibilityDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      boolean eligible = in.flag(ELIGIBLE);
      HardshipLevel level = eligible ? HardshipLevel.valueOf(in.text(LEVEL)) : null;
      aid.assess(in.id(CASE_ID), new Eligibility(eligible, level, yuan(in.integer(SUGGESTED_AMOUNT)),
          yuan(in.integer(MAX_AMOUNT)), in.text(ELIGIBILITY_REASON)));
      if (level != null) {
        // the review form shows the level as a person reads it, not its code
        execution.setVariable(LEVEL_LABEL, level.label());
      }
    };
  }

  /** Starts the public notice (公示) and sets the moment it ends: the end of its last working day. */
  @Bean
  JavaDelegate publishNoticeDelegate() {
    return execution -> execution.setVariable(NOTICE_ENDS,
        calendar.endOf(aid.publishNotice(new Submitted(execution).id(CASE_ID))));
  }

  /**
   * Books the aid the treasurer paid. Runs in the transaction that completes "Pay aid", so a refusal (line
   * exhausted, no over-budget decision) rolls the completion back and the treasurer's task stays open.
   */
  @Bean
  JavaDelegate bookAidDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      LedgerEntry entry = aid.pay(in.id(CASE_ID), in.date(PAID_ON), in.text(PAYMENT_METHOD), Actor.of(execution));
      execution.setVariable(VOUCHER_NO, entry.getVoucherNo());
    };
  }

  /** Creates or updates the member's hardship file and schedules its yearly review and the follow-up visit. */
  @Bean
  JavaDelegate updateHardshipFileDelegate() {
    return execution -> {
      Submitted in = new Submitted(execution);
      execution.setVariable(REVIEW_ON, calendar.startOf(aid.updateFile(in.id(CASE_ID), Actor.of(execution))));
      execution.setVariable(FOLLOW_UP_ON, calendar.startOf(aid.followUpDate()));
    };
  }

  private static BigDecimal yuan(Integer yuan) {
    return yuan == null ? null : BigDecimal.valueOf(yuan).setScale(2);
  }
}
