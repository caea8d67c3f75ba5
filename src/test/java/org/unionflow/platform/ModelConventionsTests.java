package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Holds every model in processes/ and every form in forms/ to the project's conventions (the same rules as
 * ../shared/tools/check-models, and a few more): bilingual names, forms and candidate groups on every user task,
 * history time to live, conditions on gateway flows, camelCase ids, and delegates as bean expressions.
 */
class ModelConventionsTests {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Set<String> NAMED = Set.of("userTask", "serviceTask", "businessRuleTask", "callActivity",
      "sendTask", "receiveTask", "scriptTask", "subProcess", "startEvent", "endEvent", "intermediateCatchEvent",
      "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway", "eventBasedGateway");
  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox",
      "checklist", "datetime", "taglist");
  private static final Set<String> PROCESS_IDS = Set.of("fiveMandatoryVisits", "congressMotion", "expenseApproval",
      "fundAudit", "hardshipAid");

  private static final Map<String, JsonNode> forms = new HashMap<>();
  private static final List<Document> models = new ArrayList<>();

  @BeforeAll
  static void readModels() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (Path file : files("forms", ".form")) {
      JsonNode form = json.readTree(file.toFile());
      assertThat(forms.put(form.path("id").asText(), form)).as("form id of %s is unique", file).isNull();
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path file : files("processes", ".bpmn")) {
      models.add(factory.newDocumentBuilder().parse(file.toFile()));
    }
    assertThat(models).isNotEmpty();
  }

  @Test
  void everyProcessHasASpecIdABilingualNameAndAHistoryTimeToLive() {
    for (Element process : elements("process")) {
      assertThat(process.getAttribute("id")).isIn(PROCESS_IDS);
      assertThat(process.getAttribute("isExecutable")).isEqualTo("true");
      assertThat(bilingual(process.getAttribute("name"))).as(process.getAttribute("name")).isTrue();
      assertThat(process.getAttributeNS(CAMUNDA, "historyTimeToLive")).as("TTL of %s", process.getAttribute("id"))
          .isNotBlank();
    }
  }

  @Test
  void everyTaskEventAndGatewayHasABilingualNameAndACamelCaseId() {
    for (Element element : elements("*")) {
      if (NAMED.contains(element.getLocalName())) {
        String id = element.getAttribute("id");
        assertThat(id).as("id of a %s", element.getLocalName()).matches(CAMEL_CASE);
        assertThat(bilingual(element.getAttribute("name"))).as("name of %s", id).isTrue();
      }
    }
  }

  @Test
  void everyUserTaskHasACandidateGroupOfTheSpecAndACamundaForm() {
    Set<String> groups = Set.copyOf(Groups.ALL.stream().map(Groups.Role::id).toList());
    for (Element task : elements("userTask")) {
      String id = task.getAttribute("id");
      String candidates = task.getAttributeNS(CAMUNDA, "candidateGroups");
      assertThat(candidates).as("candidate groups of %s", id).isNotBlank();
      if (!candidates.startsWith("${")) {
        assertThat(candidates.split(",")).as("candidate groups of %s", id).allMatch(groups::contains);
      }
      assertThat(forms).as("form of %s", id).containsKey(task.getAttributeNS(CAMUNDA, "formRef"));
    }
  }

  @Test
  void everyFormFieldHasABilingualLabelAndEveryFormIsUsed() {
    Set<String> used = new java.util.HashSet<>();
    for (Element element : elements("*")) {
      String ref = element.getAttributeNS(CAMUNDA, "formRef");
      if (!ref.isEmpty()) {
        used.add(ref);
      }
    }
    forms.forEach((id, form) -> {
      assertThat(used).as("form %s is used", id).contains(id);
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      for (JsonNode component : form.path("components")) {
        if (INPUTS.contains(component.path("type").asText())) {
          assertThat(bilingual(component.path("label").asText())).as("label of %s in %s", component.path("key"), id)
              .isTrue();
        }
      }
    });
  }

  @Test
  void everyFlowOutOfAnExclusiveGatewayHasAConditionOrIsTheDefault() {
    for (Element gateway : elements("exclusiveGateway")) {
      List<String> outgoing = texts(gateway, "outgoing");
      if (outgoing.size() < 2) {
        continue;
      }
      for (Element flow : elements("sequenceFlow")) {
        if (outgoing.contains(flow.getAttribute("id")) && !flow.getAttribute("id").equals(gateway.getAttribute("default"))) {
          assertThat(flow.getElementsByTagNameNS(BPMN, "conditionExpression").getLength())
              .as("condition on %s", flow.getAttribute("id")).isEqualTo(1);
        }
      }
    }
  }

  @Test
  void delegatesAreSpringBeansNotClassNames() {
    for (Element element : elements("*")) {
      assertThat(element.getAttributeNS(CAMUNDA, "class")).as("camunda:class on %s", element.getAttribute("id"))
          .isEmpty();
      if (element.getLocalName().equals("serviceTask")) {
        assertThat(element.getAttributeNS(CAMUNDA, "delegateExpression")).startsWith("${").endsWith("}");
      }
    }
  }

  private static boolean bilingual(String name) {
    return name != null && CJK.matcher(name).find() && LATIN.matcher(name).find();
  }

  private static List<Element> elements(String localName) {
    List<Element> found = new ArrayList<>();
    for (Document model : models) {
      NodeList nodes = model.getElementsByTagNameNS(BPMN, localName);
      for (int i = 0; i < nodes.getLength(); i++) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }

  private static List<String> texts(Element parent, String localName) {
    List<String> texts = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equals(element.getLocalName())) {
        texts.add(element.getTextContent().trim());
      }
    }
    return texts;
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
