package org.unionflow.aid;

import org.unionflow.platform.Labelled;

/** Why a member needs aid (SPEC.md §4); the eligibility table decides on it. */
public enum AidCategory implements Labelled {
  SERIOUS_ILLNESS("Serious illness / 重大疾病"),
  DISABILITY("Disability / 残疾"),
  SINGLE_PARENT("Single parent / 单亲家庭"),
  ACCIDENT_OR_DISASTER("Accident or disaster / 意外灾害"),
  LOW_INCOME("Low household income / 家庭低收入"),
  CHILDREN_SCHOOLING("Children's schooling / 金秋助学");

  private final String label;

  AidCategory(String label) {
    this.label = label;
  }

  /** What people read instead of the code, as the forms offer it. */
  @Override
  public String label() {
    return label;
  }
}
