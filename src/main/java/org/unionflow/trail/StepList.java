package org.unionflow.trail;

import java.util.List;

/** The decided steps a filter found, and the chain check of every case they belong to. */
record StepList(StepFilter filter, List<StepRow> rows, List<ChainCheck> chains) {

  boolean intact() {
    return chains.stream().allMatch(ChainCheck::intact);
  }
}
