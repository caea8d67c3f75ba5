package org.unionflow.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One committee member's vote on an expense (集体研究); unique per expense and voter. */
@Entity
@Table(name = "uf_expense_vote")
public class ExpenseVote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String unionId;
  private Long expenseId;
  private String voter;
  private String vote;

  @Column(name = "vote_comment")
  private String comment;

  private Instant votedAt;

  protected ExpenseVote() {
  }

  ExpenseVote(Expense expense, String voter, String vote, String comment, Instant votedAt) {
    this.unionId = expense.getUnionId();
    this.expenseId = expense.getId();
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
