package org.unionflow.motions;

/** What a department's reply promises: solved, scheduled for a date, or cannot be solved now (with why). */
public enum ReplyOutcome {
  SOLVED, SCHEDULED, NOT_NOW
}
