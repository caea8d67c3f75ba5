package org.unionflow.trail;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends approval steps to a case's chain and checks that the chain is unbroken. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApprovalTrail {

  private final ApprovalStepRepository steps;

  /**
   * Appends the step in the completing transaction. Two completions of one case racing for the same
   * sequence number hit the unique key: one wins, the other rolls back whole, as the engine does when two
   * people change the same case at once.
   */
  @Transactional
  ApprovalStep append(TaskCompletion completion) {
    Optional<ChainHead> head = steps.findHead(completion.processInstanceId());
    int seq = head.map(last -> last.seq() + 1).orElse(1);
    try {
      return steps.saveAndFlush(new ApprovalStep(completion, seq, head.map(ChainHead::hash).orElse(null)));
    } catch (DataIntegrityViolationException e) {
      throw new OptimisticLockingException("Approval step " + seq + " of case " + completion.processInstanceId()
          + " was recorded by a concurrent completion");
    }
  }

  public List<ApprovalStep> of(String processInstanceId) {
    return steps.findByProcessInstanceIdOrderBySeq(processInstanceId);
  }

  /** The sequence number of the first step whose stored hash or link does not match, if any. */
  public Optional<Integer> firstBrokenStep(String processInstanceId) {
    return firstBroken(of(processInstanceId)).map(ApprovalStep::getSeq);
  }

  /** Recomputes the chain of a case's steps (as read, in order) and names the first that does not match. */
  ChainCheck check(String businessKey, String processInstanceId, List<ApprovalStep> chain) {
    Optional<ApprovalStep> broken = firstBroken(chain);
    return new ChainCheck(businessKey, processInstanceId, broken.isEmpty(), chain.size(),
        broken.map(ApprovalStep::getSeq).orElse(null), broken.map(ApprovalStep::getTaskName).orElse(null));
  }

  /** The process instances of a union that have recorded steps. */
  List<String> casesOf(String unionId) {
    return steps.findCasesOf(unionId);
  }

  private static Optional<ApprovalStep> firstBroken(List<ApprovalStep> chain) {
    String previousHash = null;
    for (ApprovalStep step : chain) {
      boolean linked = previousHash == null ? step.getPrevHash() == null : previousHash.equals(step.getPrevHash());
      if (!linked || !StepHash.of(step).equals(step.getHash())) {
        return Optional.of(step);
      }
      previousHash = step.getHash();
    }
    return Optional.empty();
  }
}
