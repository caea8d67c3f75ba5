package org.unionflow.motions;

import org.unionflow.platform.Labelled;

/** Where a motion stands in the register. */
public enum MotionStatus implements Labelled {
  SUBMITTED("Submitted / 已提交"),
  AMENDING("Amending / 修改中"),
  ACCEPTED("Accepted / 已立案"),
  ANSWERED("Answered / 已答复"),
  CONVERTED("Converted to a suggestion / 转意见建议"),
  MERGED("Merged / 已合并"),
  REJECTED("Rejected / 不予立案"),
  PUBLISHED("Published / 已公布");

  private final String label;

  MotionStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
