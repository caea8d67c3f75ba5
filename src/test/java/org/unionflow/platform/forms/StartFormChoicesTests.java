package org.unionflow.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionflow.platform.forms.Choices.Choice;

/** A start form served with the options of the caller's unions in place of the valuesKey, groups included. */
class StartFormChoicesTests {

  private final StartFormChoices choices = new StartFormChoices(List.of(new StartFormOptions("memberChoices",
      unionId -> List.of(new Choice("王芳 · " + unionId + "-1 · 语文组", unionId + "-1")))));

  @Test
  void theOptionsOfTheCallersUnionsReplaceTheValuesKeyAndOtherFieldsStayAsTheyAre() throws Exception {
    String schema = """
        {"components": [
          {"type": "select", "key": "member", "valuesKey": "memberChoices"},
          {"type": "group", "components": [{"type": "taglist", "key": "more", "valuesKey": "memberChoices"}]},
          {"type": "select", "key": "decision", "valuesKey": "departmentChoices"}
        ]}""";

    JsonNode served = new ObjectMapper().readTree(choices.fill(
        new ByteArrayInputStream(schema.getBytes(StandardCharsets.UTF_8)), List.of("PS", "MS")));

    JsonNode member = served.get("components").get(0);
    assertThat(member.has("valuesKey")).isFalse();
    assertThat(member.get("values").findValuesAsText("value")).containsExactly("PS-1", "MS-1");
    assertThat(member.get("values").get(0).get("label").asText()).isEqualTo("王芳 · PS-1 · 语文组");
    assertThat(served.get("components").get(1).get("components").get(0).get("values")).hasSize(2);
    // a task variable the process sets is not known here
    assertThat(served.get("components").get(2).get("valuesKey").asText()).isEqualTo("departmentChoices");
    assertThat(choices.offered("memberChoices", "PS", "PS-1")).isTrue();
    assertThat(choices.offered("memberChoices", "PS", "MS-1")).isFalse();
    assertThat(choices.offered("memberChoices", null, "PS-1")).isFalse();
  }

  @Test
  void optionsNarrowedByAnotherFieldBecomeAFeelListThatFormJsFiltersByThatFieldsValue() throws Exception {
    StartFormChoices lines = new StartFormChoices(List.of(new StartFormOptions("lineChoices", unionId -> List.of(
        new Choice("文体活动 · 余额 ¥30,000.00", "3", "CULTURE_SPORTS"),
        new Choice("教育 \"培训\" · 余额 ¥15,000.00", "4", "EDUCATION")))));
    String schema = """
        {"components": [{"type": "select", "key": "line", "valuesKey": "lineChoices",
          "properties": {"narrowedBy": "category"}}]}""";

    JsonNode line = new ObjectMapper().readTree(lines.fill(
        new ByteArrayInputStream(schema.getBytes(StandardCharsets.UTF_8)), List.of("PS"))).get("components").get(0);

    assertThat(line.has("values")).isFalse();
    assertThat(line.get("valuesExpression").asText()).isEqualTo("=[{label: \"文体活动 · 余额 ¥30,000.00\", value: \"3\", "
        + "group: \"CULTURE_SPORTS\"}, {label: \"教育 \\\"培训\\\" · 余额 ¥15,000.00\", value: \"4\", group: \"EDUCATION\"}]"
        + "[category = null or item.group = category]");
    assertThat(lines.offered("lineChoices", "PS", "4")).isTrue();
  }
}
