package org.unionflow.trail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import org.unionflow.platform.forms.FormSchemas;
import org.unionflow.platform.forms.FormSchemas.FieldText;

/**
 * The words a trail is read in: each submitted field's label and option labels from the process's own Camunda
 * Forms (people's names come from {@link org.unionflow.platform.identity.PeopleNames}). The trail's values stay
 * as submitted; these sit beside them.
 */
@Component
@RequiredArgsConstructor
class CaseWords {

  private final RepositoryService repository;
  private final FormSchemas forms;

  /** A process's start form and the fields of all its forms, by key (a key means the same in every form). */
  record ProcessForms(String startFormId, Map<String, FieldText> fields) {
  }

  ProcessForms formsOf(String processDefinitionId) {
    BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
    String startFormId = model.getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getParentElement() instanceof Process)
        .map(StartEvent::getCamundaFormRef).filter(Objects::nonNull).findFirst().orElse(null);
    Map<String, FieldText> fields = new LinkedHashMap<>();
    Stream.concat(Stream.ofNullable(startFormId),
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef))
        .filter(Objects::nonNull).distinct()
        .forEach(formId -> forms.texts(formId).forEach(fields::putIfAbsent));
    return new ProcessForms(startFormId, fields);
  }

  /** The form keys of the process's start form; empty when it starts without one. */
  List<String> startKeys(ProcessForms processForms) {
    return processForms.startFormId() == null ? List.of() : forms.keys(processForms.startFormId());
  }
}
