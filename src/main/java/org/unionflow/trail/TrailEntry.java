package org.unionflow.trail;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One line of a case's trail. For a user task {@code at} is when it was decided (completed), {@code waited} how
 * long it stood open (ISO-8601), {@code step} its number in the hash chain and {@code chain} whether that step
 * still matches its hash ({@code ok}, {@code BROKEN}, or {@code unverified} after a break). Built by one factory
 * per kind, so each kind fills exactly its own fields.
 */
record TrailEntry(Instant at, EntryKind kind, String activityId, String name, String actor, String claimedBy,
    String completedBy, Instant createdAt, String waited, Map<String, Object> values, Integer step, String chain) {

  static TrailEntry caseStarted(Instant at, String startActivityId, String processName, String startedBy,
      Map<String, Object> startValues) {
    return new TrailEntry(at, EntryKind.CASE_STARTED, startActivityId, processName, startedBy, null, null, null,
        null, startValues, null, null);
  }

  /** {@code lasted} is how long the case ran. */
  static TrailEntry caseEnded(Instant at, String endActivityId, String endName, Duration lasted,
      Map<String, Object> values) {
    return new TrailEntry(at, EntryKind.CASE_ENDED, endActivityId, endName, null, null, null, null,
        lasted.toString(), values, null, null);
  }

  /** A task someone decided: the completer acted, the step is its link in the hash chain. */
  static TrailEntry decidedTask(Instant completedAt, String taskKey, String taskName, String claimedBy,
      String completedBy, Instant createdAt, Map<String, Object> values, int step, String chain) {
    return new TrailEntry(completedAt, EntryKind.USER_TASK, taskKey, taskName, completedBy, claimedBy, completedBy,
        createdAt, Duration.between(createdAt, completedAt).toString(), values, step, chain);
  }

  /** A task still open, or ended without a decision: only whoever holds it is known, nothing is in the chain. */
  static TrailEntry undecidedTask(Instant at, String taskKey, String taskName, String assignee, Instant createdAt,
      Instant until, Map<String, Object> values) {
    return new TrailEntry(at, EntryKind.USER_TASK, taskKey, taskName, assignee, assignee, null, createdAt,
        Duration.between(createdAt, until).toString(), values, null, null);
  }

  static TrailEntry decision(Instant at, String activityId, String name, String evaluatedBy,
      Map<String, Object> values) {
    return new TrailEntry(at, EntryKind.DECISION, activityId, name, evaluatedBy, null, null, null, null, values,
        null, null);
  }

  /** A step of the engine itself: an automatic step, a timer, a message or an escalation. */
  static TrailEntry engineStep(Instant at, EntryKind kind, String activityId, String name) {
    return new TrailEntry(at, kind, activityId, name, null, null, null, null, null, Map.of(), null, null);
  }

  static TrailEntry payment(Instant bookedAt, String name, String bookedBy, Map<String, Object> values) {
    return new TrailEntry(bookedAt, EntryKind.PAYMENT, null, name, bookedBy, null, null, null, null, values, null,
        null);
  }
}
