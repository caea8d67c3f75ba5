package org.unionflow.motions;

/** What a motion is about; the options the submit form offers (forms/submitMotion.form). */
public enum MotionCategory {
  TEACHING, WELFARE, MANAGEMENT, LOGISTICS, OTHER
}
