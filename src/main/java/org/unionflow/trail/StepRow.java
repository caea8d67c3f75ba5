package org.unionflow.trail;

import java.time.Instant;
import java.util.Map;

/** One decided step in a list across cases, with the chain check of its step. */
record StepRow(String businessKey, String processInstanceId, String processDefinitionKey, int step,
    String taskDefinitionKey, String taskName, String claimedBy, String completedBy, Instant createdAt,
    Instant completedAt, String waited, Map<String, Object> values, String chain) {
}
