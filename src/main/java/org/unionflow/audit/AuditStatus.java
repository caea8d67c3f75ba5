package org.unionflow.audit;

import org.unionflow.platform.Labelled;

/** Where a fund audit stands. */
public enum AuditStatus implements Labelled {
  PACKAGE_PREPARATION("Preparing package / 准备资料"),
  REVIEW("Reviewing / 审查中"),
  RECTIFICATION("Rectifying / 整改中"),
  REPORT("Report vote / 报告表决"),
  PUBLISHED("Published / 已公布");

  private final String label;

  AuditStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
