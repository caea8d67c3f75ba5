package org.unionflow.aid;

import static org.unionflow.aid.AidProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unionflow.fund.LedgerEntry;
import org.unionflow.platform.engine.Actor;
import org.unionflow.platform.forms.Submitted;

/**
 * Books the aid the treasurer paid. Runs in the transaction that completes "Pay aid", so a refusal (line
 * exhausted, no over-budget decision) rolls the completion back and the treasurer's task stays open.
 */
@Component
class BookAidDelegate implements JavaDelegate {

  private final AidService aid;

  BookAidDelegate(AidService aid) {
    this.aid = aid;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submitted in = new Submitted(execution);
    LedgerEntry entry = aid.pay(in.id(CASE_ID), in.date(PAID_ON), in.text(PAYMENT_METHOD), Actor.of(execution));
    execution.setVariable(VOUCHER_NO, entry.getVoucherNo());
  }
}
