package org.unionflow.visits;

import static org.unionflow.visits.VisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.forms.Submitted;

/**
 * Books the money the treasurer paid. Runs in the transaction that completes "Pay condolence money", so a
 * refusal (line exhausted) rolls the completion back and the treasurer's task stays open.
 */
@Component
class BookCondolenceMoneyDelegate implements JavaDelegate {

  private final VisitService visits;

  BookCondolenceMoneyDelegate(VisitService visits) {
    this.visits = visits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String treasurer = user == null ? "system" : user.getUserId();
    LedgerEntry entry = visits.bookCondolenceMoney(in.id(VISIT_ID), in.date(PAID_ON), treasurer);
    execution.setVariable(VOUCHER_NO, entry.getVoucherNo());
  }
}
