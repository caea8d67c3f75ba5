package org.unionflow.expenses;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.unionflow.platform.Vote;

/** One committee member's vote on an expense (集体研究); unique per expense and voter. */
@Entity
@Table(name = "uf_expense_vote")
public class ExpenseVote extends Vote {

  private String unionId;
  private Long expenseId;

  protected ExpenseVote() {
  }

  ExpenseVote(Expense expense, String voter, String vote, String comment, Instant votedAt) {
    super(voter, vote, comment, votedAt);
    this.unionId = expense.getUnionId();
    this.expenseId = expense.getId();
  }
}
