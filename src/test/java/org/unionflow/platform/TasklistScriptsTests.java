package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * UnionFlow's Tasklist scripts that reach into the webjar hold to the webjar on the classpath: an upgrade that
 * renumbers form-js in Tasklist's bundle fails here, not silently in an officer's browser.
 */
class TasklistScriptsTests {

  private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";

  @Test
  void formListsReachesFormJsByTheModuleIdTasklistItselfUses() throws IOException {
    Matcher module = Pattern.compile("const FORM_JS_MODULE = (\\d+);").matcher(read(TASKLIST + "scripts/form-lists.js"));
    assertThat(module.find()).as("form-lists.js names its module").isTrue();
    assertThat(read(TASKLIST + "camunda-tasklist-bootstrap.js")).contains("n(" + module.group(1) + ").Form");
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = TasklistScriptsTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
