package org.unionflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.unionflow.platform.Vote;

/** One auditor's vote on one draft of the audit report; unique per audit, round and voter. */
@Entity
@Table(name = "uf_audit_vote")
public class AuditVote extends Vote {

  private Long auditId;
  @Getter private int reportRound;

  protected AuditVote() {
  }

  AuditVote(FundAudit audit, String voter, String vote, String comment, Instant votedAt) {
    super(voter, vote, comment, votedAt);
    this.auditId = audit.getId();
    this.reportRound = audit.getReportRound();
  }
}
