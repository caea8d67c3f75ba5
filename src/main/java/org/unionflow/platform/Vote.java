package org.unionflow.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** One member's recorded vote with its comment: the committee on an expense, the auditors on a report. */
@MappedSuperclass
public abstract class Vote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String voter;
  private String vote;

  @Column(name = "vote_comment")
  private String comment;

  private Instant votedAt;

  protected Vote() {
  }

  protected Vote(String voter, String vote, String comment, Instant votedAt) {
    this.voter = voter;
    this.vote = vote;
    this.comment = comment;
    this.votedAt = votedAt;
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
