package org.unionflow.expenses;

import org.unionflow.platform.Labelled;

/** Where an expense request stands; only PAID has a ledger entry. */
public enum ExpenseStatus implements Labelled {
  REQUESTED("Requested / 已申请"),
  AWAITING_COMMITTEE("Awaiting committee / 待委员会表决"),
  COMMITTEE_REJECTED("Committee rejected / 委员会否决"),
  AWAITING_CHAIR("Awaiting chair / 待主席审批"),
  REFUSED("Refused / 未批准"),
  AWAITING_OVER_BUDGET_DECISION("Awaiting over-budget decision / 待超预算决定"),
  OVER_BUDGET_REFUSED("Over budget refused / 超预算未批"),
  AWAITING_PAYMENT("Awaiting payment / 待支付"),
  PAID("Paid / 已支付"),
  WITHDRAWN("Withdrawn / 已撤回");

  private final String label;

  ExpenseStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
