package org.unionflow.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import lombok.Getter;

/** One member's recorded vote with its comment: the committee on an expense, the auditors on a report. */
@MappedSuperclass
public abstract class Vote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Getter private String voter;
  @Getter private String vote;

  @Column(name = "vote_comment")
  @Getter private String comment;

  @Getter private Instant votedAt;

  protected Vote() {
  }

  protected Vote(String voter, String vote, String comment, Instant votedAt) {
    this.voter = voter;
    this.vote = vote;
    this.comment = comment;
    this.votedAt = votedAt;
  }
}
