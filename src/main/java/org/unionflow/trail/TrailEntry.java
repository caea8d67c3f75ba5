package org.unionflow.trail;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a case's trail. For a user task {@code at} is when it was decided (completed), {@code waited} how
 * long it stood open (ISO-8601), {@code step} its number in the hash chain and {@code chain} whether that step
 * still matches its hash ({@code ok}, {@code BROKEN}, or {@code unverified} after a break).
 */
record TrailEntry(Instant at, EntryKind kind, String activityId, String name, String actor, String claimedBy,
    String completedBy, Instant createdAt, String waited, Map<String, Object> values, Integer step, String chain) {
}
