package org.unionflow.aid;

/** Why a member needs aid (SPEC.md §4); the eligibility table decides on it. */
public enum AidCategory {
  SERIOUS_ILLNESS,
  DISABILITY,
  SINGLE_PARENT,
  ACCIDENT_OR_DISASTER,
  LOW_INCOME,
  CHILDREN_SCHOOLING
}
