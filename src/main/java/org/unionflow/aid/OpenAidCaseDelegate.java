package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/** Opens the aid case of an application, a nomination or a visit's referral and gives it its business key. */
@Component
class OpenAidCaseDelegate implements JavaDelegate {

  private final AidService aid;

  OpenAidCaseDelegate(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    AidSource source = AidSource.valueOf(in.text(SOURCE));
    String openedBy = in.text(INITIATOR) == null ? Actor.of(execution) : in.text(INITIATOR);
    AidCase aidCase = aid.open(execution.getTenantId(), execution.getProcessInstanceId(), in.text(MEMBER_STAFF_NO),
        source, in.text(DESCRIPTION), openedBy);
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
  }
}
