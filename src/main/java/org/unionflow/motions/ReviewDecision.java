package org.unionflow.motions;

/** The motion committee's review: 立案, 转为意见建议, 并案, 不予立案. */
public enum ReviewDecision {
  ACCEPT, CONVERT, MERGE, REJECT
}
