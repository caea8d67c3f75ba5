package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.aid.AidProcess;
import org.unionflow.aid.AidSource;
import org.unionflow.platform.engine.UnionTenantIdProvider;
import org.unionflow.platform.forms.Submitted;

/** Records the hardship the visit found and, in the same transaction, starts a hardship-aid case from it. */
@Component
class ReferHardshipDelegate implements JavaDelegate {

  private final VisitService visits;

  ReferHardshipDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
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
  }
}
