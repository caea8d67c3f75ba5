package org.unionflow.aid;

import org.unionflow.platform.Labelled;

/** Where an aid case stands. */
public enum AidStatus implements Labelled {
  APPLIED("Applied / 已申请"),
  NOT_ELIGIBLE("Not eligible / 不符合条件"),
  UNDER_VERIFICATION("Verifying / 核实中"),
  UNDER_REVIEW("Under review / 评议中"),
  INFORMATION_REQUESTED("Information requested / 待补充材料"),
  REJECTED("Rejected / 不予帮扶"),
  UNDER_NOTICE("On notice / 公示中"),
  AWAITING_APPROVAL("Awaiting approval / 待审批"),
  REFUSED("Refused / 未批准"),
  APPROVED("Approved / 已批准"),
  PAID("Paid / 已发放");

  private final String label;

  AidStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
