package org.unionflow.trail;

import java.time.Instant;
import java.util.List;

/**
 * One decision a person made on a case, as every feature's case view shows it: the element
 * ({@code taskDefinitionKey}) and its bilingual name, who claimed and who completed it, when, and the values
 * submitted.
 */
public record ApprovalStepView(int seq, String taskDefinitionKey, String taskName, String claimedBy,
    String completedBy, Instant completedAt, String submittedValues) {

  public static ApprovalStepView of(ApprovalStep step) {
    return new ApprovalStepView(step.getSeq(), step.getTaskDefinitionKey(), step.getTaskName(), step.getClaimedBy(),
        step.getCompletedBy(), step.getCompletedAt(), step.getSubmittedValues());
  }

  public static List<ApprovalStepView> of(List<ApprovalStep> steps) {
    return steps.stream().map(ApprovalStepView::of).toList();
  }
}
