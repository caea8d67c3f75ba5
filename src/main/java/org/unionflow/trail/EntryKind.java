package org.unionflow.trail;

/** What a line of a case's trail records. */
enum EntryKind {
  CASE_STARTED,
  USER_TASK,
  DECISION,
  AUTOMATIC_STEP,
  TIMER,
  MESSAGE,
  ESCALATION,
  PAYMENT,
  CASE_ENDED
}
