package org.unionflow.trail;

import java.time.Instant;
import java.util.List;

/** The whole trail of one case, from start to end (or to now, if it runs), with its chain check. */
record CaseTrail(String businessKey, String processInstanceId, String processDefinitionKey, String processName,
    String unionId, String state, String startedBy, Instant startedAt, Instant endedAt, ChainCheck chain,
    List<TrailEntry> entries) {
}
