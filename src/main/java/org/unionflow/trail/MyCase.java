package org.unionflow.trail;

import java.time.Instant;
import java.util.List;

/**
 * A case someone started (我发起的), as they follow it: its key, where it stands (the open steps, empty once it
 * has ended) and the vouchers of the payments booked for it.
 */
record MyCase(String businessKey, String process, Instant startedAt, String state, List<String> currentSteps,
    List<String> vouchers) {
}
