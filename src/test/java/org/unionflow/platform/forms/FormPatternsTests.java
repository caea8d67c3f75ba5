package org.unionflow.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * People fill in names, not ids: no field of forms/ restricts what is typed to ASCII (a user id pattern would
 * refuse 王芳 or a full-width comma, and Chinese is first). A field that takes an id offers choices instead.
 */
class FormPatternsTests {

  // what a person types in Chinese: a name, full-width punctuation, a list of names
  private static final List<String> CHINESE_INPUT = List.of("王芳", "李伟，张芳", "欧阳晓春、司马春燕");

  @Test
  void noFieldAPersonFillsInCarriesAnAsciiOnlyPattern() throws IOException {
    List<String> asciiOnly = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        collectAsciiOnly(form.getFileName().toString(), new ObjectMapper().readTree(form.toFile()), asciiOnly);
      }
    }
    assertThat(asciiOnly).as("fields whose pattern refuses Chinese input").isEmpty();
  }

  @Test
  void anIdPatternIsToldApart() {
    assertThat(refusesChinese("[A-Za-z0-9_-]+")).isTrue();
    assertThat(refusesChinese("[a-z0-9]+(,[a-z0-9]+)*")).isTrue();
    assertThat(refusesChinese(".+")).isFalse();
  }

  private static void collectAsciiOnly(String form, JsonNode container, List<String> asciiOnly) {
    for (JsonNode component : container.path("components")) {
      JsonNode pattern = component.path("validate").path("pattern");
      if (pattern.isTextual() && !component.path("disabled").asBoolean(false) && refusesChinese(pattern.asText())) {
        asciiOnly.add(form + " " + component.path("key").asText() + " " + pattern.asText());
      }
      collectAsciiOnly(form, component, asciiOnly);
    }
  }

  private static boolean refusesChinese(String pattern) {
    Pattern compiled = Pattern.compile(pattern);
    return CHINESE_INPUT.stream().noneMatch(text -> compiled.matcher(text).matches());
  }
}
