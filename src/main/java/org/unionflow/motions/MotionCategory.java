package org.unionflow.motions;

import org.unionflow.platform.Labelled;

/** What a motion is about; the options the submit form offers (forms/submitMotion.form). */
public enum MotionCategory implements Labelled {
  TEACHING("Teaching / 教学"),
  WELFARE("Welfare / 福利"),
  MANAGEMENT("Management / 管理"),
  LOGISTICS("Logistics / 后勤"),
  OTHER("Other / 其他");

  private final String label;

  MotionCategory(String label) {
    this.label = label;
  }

  /** What people read instead of the code, as the forms offer it. */
  @Override
  public String label() {
    return label;
  }
}
