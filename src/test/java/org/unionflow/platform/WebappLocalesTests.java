package org.unionflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' Chinese texts stay complete against the Camunda webjar on the classpath: an upgrade that adds
 * English keys fails here until they are translated.
 */
class WebappLocalesTests {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";

  /** Values that read the same in Chinese: operators, formats, file types and the abbreviation ID. */
  private static final Set<String> SAME_AS_ENGLISH =
      Set.of("", "<", "<=", ">", ">=", "ID", "ID*", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss");

  /** English plural suffixes ("instance" + "s"): Chinese has no plural, so these are empty on purpose. */
  private static final Set<String> EMPTY_IN_CHINESE =
      Set.of("PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S", "PLGN_MOD_RESTART_DIALOG_S");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAChineseValue(String app) {
    Map<String, String> english = labels(webjarResource(app + "/locales/en.json"));
    Map<String, String> chinese = labels(ownResource(app + "/locales/zh-CN.json"));

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(chinese.keySet());
    assertThat(missing).as(app + " keys without Chinese").isEmpty();
    english.forEach((key, value) -> {
      if (!value.isEmpty() && !EMPTY_IN_CHINESE.contains(key)) {
        assertThat(chinese.get(key)).as(app + " " + key).isNotBlank();
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void placeholdersAreTheSameAsInEnglish(String app) {
    Map<String, String> english = labels(webjarResource(app + "/locales/en.json"));
    Map<String, String> chinese = labels(ownResource(app + "/locales/zh-CN.json"));

    english.forEach((key, value) ->
        assertThat(placeholders(chinese.get(key))).as(app + " " + key).isEqualTo(placeholders(value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void valuesAreTranslated(String app) {
    Map<String, String> english = labels(webjarResource(app + "/locales/en.json"));
    Map<String, String> chinese = labels(ownResource(app + "/locales/zh-CN.json"));

    List<String> untranslated = new ArrayList<>();
    english.forEach((key, value) -> {
      if (value.equals(chinese.get(key)) && !SAME_AS_ENGLISH.contains(value)) {
        untranslated.add(key + "=" + value);
      }
    });
    assertThat(untranslated).as(app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAndRelativeTimesAreChinese(String app) {
    JsonNode english = webjarResource(app + "/locales/en.json").path("dateLocales");
    JsonNode chinese = ownResource(app + "/locales/zh-CN.json").path("dateLocales");

    List<String> englishFields = new ArrayList<>();
    english.fieldNames().forEachRemaining(englishFields::add);
    assertThat(chinese.has("relativeTime")).isTrue();
    englishFields.forEach(field -> assertThat(chinese.has(field)).as(app + " dateLocales." + field).isTrue());
    assertThat(chinese.path("relativeTime").path("future").asText()).isEqualTo("%s后");
    assertThat(chinese.path("months").get(0).asText()).isEqualTo("一月");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configTakesTheSharedChineseFirstLocales(String app) {
    String config = text(ownUrl(app + "/scripts/config.js"));

    assertThat(config).contains("import {app, locales} from '../../unionflow/locales.js';");
    assertThat(config).containsPattern("export default \\{\\s*app,\\s*locales");
  }

  @Test
  void chineseIsTheDefaultAndEnglishAChoice() {
    String shared = text(ownUrl("unionflow/locales.js"));

    // The webapps match only "en" of en-US or "zh" of zh-CN against availableLocales, so offering only zh-CN
    // by default gives every browser Chinese; English is offered once the user picks it.
    assertThat(shared).contains("? {availableLocales: ['en', 'zh-CN'], fallbackLocale: 'en'}");
    assertThat(shared).contains(": {availableLocales: ['zh-CN'], fallbackLocale: 'zh-CN'};");
    assertThat(shared).contains("name: '工会工作台'");
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(value == null ? "" : value);
    while (matcher.find()) {
      found.add(matcher.group(1) == null ? "{}" : matcher.group(1));
    }
    return Collections.unmodifiableSet(found);
  }

  private Map<String, String> labels(JsonNode locale) {
    return json.convertValue(locale.path("labels"),
        json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
  }

  /** The English file as Camunda ships it, from the webjar jar (our resources do not override it). */
  private JsonNode webjarResource(String path) {
    return read(resources(path).stream().filter(url -> url.getProtocol().equals("jar")).findFirst()
        .orElseThrow(() -> new AssertionError("not in the webjar: " + path)));
  }

  private JsonNode ownResource(String path) {
    return read(ownUrl(path));
  }

  /** Our override, from the build output rather than the webjar that carries a file of the same name. */
  private static URL ownUrl(String path) {
    return resources(path).stream().filter(url -> url.getProtocol().equals("file")).findFirst()
        .orElseThrow(() -> new AssertionError("UnionFlow does not override " + path));
  }

  private static List<URL> resources(String path) {
    try {
      return Collections.list(WebappLocalesTests.class.getClassLoader().getResources(APP + path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode read(URL url) {
    try (InputStream in = url.openStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
