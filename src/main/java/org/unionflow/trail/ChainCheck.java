package org.unionflow.trail;

/** The result of recomputing a case's hash chain: the first step that does not match, if any. */
record ChainCheck(String businessKey, String processInstanceId, boolean intact, int steps, Integer firstBrokenStep,
    String brokenTask) {

  String summary() {
    return intact
        ? "intact: " + steps + " steps match their hashes / 链完整"
        : "BROKEN at step " + firstBrokenStep + " (" + brokenTask + ") / 第" + firstBrokenStep + "步不符";
  }

  /** The check of one step: before the break it holds, at the break it fails, after it nothing is proven. */
  String of(int step) {
    if (intact || step < firstBrokenStep) {
      return "ok";
    }
    return step == firstBrokenStep ? "BROKEN" : "unverified";
  }
}
