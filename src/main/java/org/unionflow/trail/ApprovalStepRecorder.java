package org.unionflow.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.FormSchemas;

/** Records each completed user task as an approval step with the values its form submitted. */
@Component
@RequiredArgsConstructor
class ApprovalStepRecorder {

  private final ApprovalTrail trail;
  private final FormSchemas forms;
  private final ObjectMapper json;
  private final Clock clock;

  /** Records a completion of a task whose form is {@code formId} (null: no form, so no values). */
  void record(DelegateTask task, String formId) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String candidateGroups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).sorted().collect(Collectors.joining(","));
    trail.append(new TaskCompletion(task.getTenantId(), task.getProcessInstanceId(),
        task.getExecution().getProcessBusinessKey(), processKey(task), task.getId(), task.getTaskDefinitionKey(),
        task.getName(), candidateGroups, task.getAssignee(), user == null ? null : user.getUserId(),
        millis(task.getCreateTime().toInstant()), millis(Instant.now(clock)), submittedValues(task, formId)));
  }

  private String submittedValues(DelegateTask task, String formId) {
    Map<String, Object> values = new TreeMap<>();
    if (formId != null) {
      for (String key : forms.keys(formId)) {
        Object value = task.getVariable(key);
        // a taglist's Json answer is written as the list it is, not as the engine's wrapper object
        values.put(key, value instanceof Date date ? date.toInstant().toString()
            : value instanceof SpinJsonNode list ? list.unwrap() : value);
      }
    }
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Submitted values of task " + task.getId() + " cannot be written", e);
    }
  }

  private static String processKey(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId.substring(0, definitionId.indexOf(':'));
  }

  // the database keeps milliseconds; the hash must be computed over what is kept
  private static Instant millis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
