package org.unionflow.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One auditor's vote on one draft of the audit report; unique per audit, round and voter. */
@Entity
@Table(name = "uf_audit_vote")
public class AuditVote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long auditId;
  private int reportRound;
  private String voter;
  private String vote;

  @Column(name = "vote_comment")
  private String comment;

  private Instant votedAt;

  protected AuditVote() {
  }

  AuditVote(FundAudit audit, String voter, String vote, String comment, Instant votedAt) {
    this.auditId = audit.getId();
    this.reportRound = audit.getReportRound();
    this.voter = voter;
    this.vote = vote;
    this.comment = comment;
    this.votedAt = votedAt;
  }

  public int getReportRound() {
    return reportRound;
  }

  public String getVoter() {
    return voter;
  }

  public String getVote() {
    return vote;
  }

  public String getComment() {
    return comment;
  }

  public Instant getVotedAt() {
    return votedAt;
  }
}
