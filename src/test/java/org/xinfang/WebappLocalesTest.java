package org.xinfang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese translation of each webapp against the English one of the Camunda webjar on the
 * classpath: a Camunda upgrade that brings new labels fails here until they are translated, instead
 * of showing them in English (the fallback locale of config.js).
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*\\}\\}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelIsTranslated(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode chinese = read(app, "zh");

    List<String> untranslated = new ArrayList<>();
    compare("", english, chinese, untranslated);

    assertThat(untranslated).as("labels of %s missing or blank in locales/zh.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyPlaceholderIsKept(String app) throws IOException {
    var english = read(app, "en").path("labels").properties();
    JsonNode chinese = read(app, "zh").path("labels");

    List<String> broken = new ArrayList<>();
    for (Map.Entry<String, JsonNode> label : english) {
      String translated = chinese.path(label.getKey()).asText();
      if (!placeholders(label.getValue().asText()).equals(placeholders(translated))) {
        broken.add(label.getKey() + ": " + translated);
      }
    }

    assertThat(broken).as("labels of %s whose {{placeholders}} differ from English", app).isEmpty();
  }

  /** Every key of {@code english} must be in {@code chinese}, with a value wherever English has one. */
  private static void compare(String path, JsonNode english, JsonNode chinese, List<String> untranslated) {
    if (chinese == null || chinese.isMissingNode() || chinese.getNodeType() != english.getNodeType()) {
      untranslated.add(path);
    } else if (english.isObject()) {
      english.properties().forEach(entry ->
          compare(path + "/" + entry.getKey(), entry.getValue(), chinese.get(entry.getKey()), untranslated));
    } else if (english.isArray()) {
      for (int i = 0; i < english.size(); i++) {
        compare(path + "/" + i, english.get(i), chinese.get(i), untranslated);
      }
    } else if (english.isTextual() && !english.asText().isBlank() && chinese.asText().isBlank()) {
      untranslated.add(path);
    }
  }

  private static TreeSet<String> placeholders(String label) {
    TreeSet<String> names = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(label);
    while (placeholder.find()) {
      names.add(placeholder.group(1));
    }
    return names;
  }

  /** The English file comes from Camunda's webjar, ours from our resources, both UTF-8 with BOM. */
  private JsonNode read(String app, String locale) throws IOException {
    String name = LOCALES.formatted(app, locale);
    try (InputStream file = getClass().getClassLoader().getResourceAsStream(name)) {
      assertThat(file).as(name + " on the classpath").isNotNull();
      return json.readTree(file);
    }
  }
}
