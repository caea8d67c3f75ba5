package org.unionflow.expenses;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpenseVoteRepository extends JpaRepository<ExpenseVote, Long> {

  boolean existsByExpenseIdAndVoter(Long expenseId, String voter);

  long countByExpenseIdAndVote(Long expenseId, String vote);

  List<ExpenseVote> findByExpenseIdOrderByVotedAt(Long expenseId);
}
