package org.unionflow.trail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.unionflow.platform.forms.FormSchemas.FieldText;

/**
 * The whole trail of one case, from start to end (or to now, if it runs), with its chain check. {@code fields}
 * gives each submitted key's label and option labels from the process's forms, {@code people} the names behind
 * the user ids, so a reader sees what the forms showed.
 */
record CaseTrail(String businessKey, String processInstanceId, String processDefinitionKey, String processName,
    String unionId, String state, String startedBy, Instant startedAt, Instant endedAt, ChainCheck chain,
    List<TrailEntry> entries, Map<String, FieldText> fields, Map<String, String> people) {
}
