package org.unionflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionflow.DemoUsersOverHttp.JSON;
import static org.unionflow.DemoUsersOverHttp.value;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unionflow.DemoUsersOverHttp;
import org.unionflow.UnionFlowTest;
import org.unionflow.platform.forms.FormContract;
import org.unionflow.platform.forms.FormSchemas;
import org.unionflow.platform.forms.InvalidInputException;

/**
 * For every start form and every user task of every process in processes/: the form's own fields plus one
 * unknown name and one variable the process computes (one the form shows) are refused, naming exactly those two.
 */
@UnionFlowTest
class FormContractCoverageTests {

  private static final String UNKNOWN = "notOnTheForm";
  private static final Pattern SHOWN = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*}}");

  @Autowired FormContract contract;
  @Autowired FormSchemas schemas;
  @Autowired DemoUsersOverHttp demo;
  @Autowired IdentityService identity;

  @Test
  void everyUserTaskFormTakesItsFieldsAndRefusesAnythingElseByName() throws IOException {
    List<String> checked = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String formId = task.getCamundaFormRef();
        assertThat(formId).as(task.getId()).isNotNull();
        assertThat(schemas.keys(formId)).as(formId).isNotNull();
        String computed = computedVariableOf(formId);
        Map<String, Object> submitted = submission(formId, computed);

        assertThatThrownBy(() -> contract.check(formId, submitted, Set.of()))
            .as(task.getId()).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.errors()).extracting(error -> error.field())
                    .containsExactlyInAnyOrder(UNKNOWN, computed));
        Map<String, Object> fieldsOnly = new LinkedHashMap<>(submitted);
        fieldsOnly.remove(UNKNOWN);
        fieldsOnly.remove(computed);
        contract.check(formId, fieldsOnly, Set.of());
        checked.add(task.getId());
      }
    }
    assertThat(checked).hasSizeGreaterThan(25);
  }

  @Test
  void everyStartFormOverTheEngineRestRefusesAnythingElseByName() throws IOException {
    int started = 0;
    for (BpmnModelInstance model : models()) {
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        String formId = start.getCamundaFormRef();
        if (formId == null || !(start.getParentElement() instanceof Process process)) {
          continue;
        }
        String starter = starterOf(process);
        Map<String, Object> variables = new LinkedHashMap<>();
        submission(formId, "initiator").forEach((name, given) -> variables.put(name, value(given)));
        ResponseEntity<Map<String, Object>> refused = demo.as(starter).exchange(
            "/engine-rest/process-definition/key/" + process.getId() + "/submit-form", HttpMethod.POST,
            new HttpEntity<>(Map.of("variables", variables)), JSON);

        assertThat(refused.getStatusCode()).as(process.getId()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).as(process.getId()).containsExactlyInAnyOrder(UNKNOWN, "initiator");
        started++;
      }
    }
    assertThat(started).isGreaterThanOrEqualTo(4);
  }

  /** A variable the form shows in its text: the process computed it, so nobody may submit it. */
  private String computedVariableOf(String formId) throws IOException {
    Matcher shown = SHOWN.matcher(Files.readString(Path.of("forms", formId + ".form")));
    while (shown.find()) {
      if (!schemas.keys(formId).contains(shown.group(1))) {
        return shown.group(1);
      }
    }
    return "initiator";
  }

  private Map<String, Object> submission(String formId, String computed) {
    Map<String, Object> submitted = new LinkedHashMap<>();
    schemas.keys(formId).forEach(key -> submitted.put(key, "x"));
    submitted.put(UNKNOWN, "x");
    submitted.put(computed, "x");
    return submitted;
  }

  private String starterOf(Process process) {
    String group = process.getCamundaCandidateStarterGroups().split(",")[0].trim();
    return identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId)
        .filter(id -> id.startsWith("ps-")).findFirst().orElseThrow();
  }

  private static List<BpmnModelInstance> models() throws IOException {
    List<BpmnModelInstance> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          models.add(Bpmn.readModelFromStream(in));
        }
      }
    }
    return models;
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, String>>) response.getBody().get("fieldErrors")).stream().map(error -> error.get("field"))
        .toList();
  }
}
