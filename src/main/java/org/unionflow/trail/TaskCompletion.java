package org.unionflow.trail;

import java.time.Instant;

/** What is known of a user task at the moment it is completed. */
record TaskCompletion(String unionId, String processInstanceId, String businessKey, String processDefinitionKey,
    String taskId, String taskDefinitionKey, String taskName, String candidateGroups, String claimedBy,
    String completedBy, Instant createdAt, Instant completedAt, String submittedValues) {
}
