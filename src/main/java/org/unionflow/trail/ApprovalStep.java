package org.unionflow.trail;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.unionflow.platform.UnionRow;

/** One completed user task of a case; {@code hash} covers every field and the previous step's hash. */
@Entity
@Table(name = "uf_approval_step")
@Getter
public class ApprovalStep extends UnionRow {

  private String processInstanceId;
  private String businessKey;
  private String processDefinitionKey;
  private int seq;
  private String taskId;
  private String taskDefinitionKey;
  private String taskName;
  private String candidateGroups;
  private String claimedBy;
  private String completedBy;
  private Instant createdAt;
  private Instant completedAt;
  private String submittedValues;
  private String prevHash;
  private String hash;

  protected ApprovalStep() {
  }

  ApprovalStep(TaskCompletion completion, int seq, String prevHash) {
    super(completion.unionId());
    this.processInstanceId = completion.processInstanceId();
    this.businessKey = completion.businessKey();
    this.processDefinitionKey = completion.processDefinitionKey();
    this.seq = seq;
    this.taskId = completion.taskId();
    this.taskDefinitionKey = completion.taskDefinitionKey();
    this.taskName = completion.taskName();
    this.candidateGroups = completion.candidateGroups();
    this.claimedBy = completion.claimedBy();
    this.completedBy = completion.completedBy();
    this.createdAt = completion.createdAt();
    this.completedAt = completion.completedAt();
    this.submittedValues = completion.submittedValues();
    this.prevHash = prevHash;
    this.hash = StepHash.of(this);
  }

  /** The fields the hash covers, in a fixed order. */
  String canonicalContent() {
    return String.join("\n", getUnionId(), processInstanceId, businessKey, processDefinitionKey, Integer.toString(seq),
        taskId, taskDefinitionKey, taskName, candidateGroups, claimedBy, completedBy,
        Long.toString(createdAt.toEpochMilli()), Long.toString(completedAt.toEpochMilli()), submittedValues,
        prevHash);
  }
}
