package org.unionflow.aid;

/** The yearly review of a hardship file keeps it, changes its level, or closes it. */
public enum FileReviewDecision {
  KEEP,
  CHANGE_LEVEL,
  CLOSE
}
