package org.unionflow.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese input works: no field a person fills is held to a pattern that only fits ASCII ids. */
class FormPatternsTests {

  private static final Set<String> TYPED = Set.of("textfield", "textarea");
  // what a Chinese keyboard types into a name or id field: Han characters and full-width punctuation
  private static final List<String> CHINESE = List.of("王丽", "王丽，赵敏", "李伟、张芳；赵敏", "ＰＳ－０００１");

  @Test
  void noTypedFieldRefusesChineseNamesOrFullWidthPunctuationByPattern() throws IOException {
    List<String> asciiOnly = new ArrayList<>();
    int typedFields = 0;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        List<JsonNode> fields = new ArrayList<>();
        collect(new ObjectMapper().readTree(file.toFile()).path("components"), fields);
        for (JsonNode field : fields) {
          typedFields++;
          String pattern = field.path("validate").path("pattern").asText(null);
          if (pattern != null && CHINESE.stream().noneMatch(text -> Pattern.compile(pattern).matcher(text).find())) {
            asciiOnly.add(file.getFileName() + " " + field.path("key").asText() + " " + pattern);
          }
        }
      }
    }
    assertThat(typedFields).isGreaterThan(20);
    assertThat(asciiOnly).isEmpty();
  }

  @Test
  void theCheckCatchesTheIdPatternsChineseInputWasRefusedBy() {
    for (String pattern : List.of("^[A-Za-z0-9_.@, -]+$", "^[A-Za-z0-9-]+$", "^[A-Za-z0-9, -]+$")) {
      assertThat(CHINESE).noneMatch(text -> Pattern.compile(pattern).matcher(text).find());
    }
  }

  // the fields a person types into (a disabled field only shows a value)
  private static void collect(JsonNode components, List<JsonNode> fields) {
    for (JsonNode component : components) {
      collect(component.path("components"), fields);
      if (TYPED.contains(component.path("type").asText()) && component.hasNonNull("key")
          && !component.path("disabled").asBoolean(false)) {
        fields.add(component);
      }
    }
  }
}
