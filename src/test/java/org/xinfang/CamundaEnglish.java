package org.xinfang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The English words of Camunda's webapps, from the English locale files the webjar ships for
 * Tasklist, Cockpit, Admin and the welcome page: any of them on a page a bureau user reads means a
 * label went untranslated. Words our Chinese files use as well ("Camunda", "ID", "BPMN" …) are names,
 * not English, and are left out.
 */
public final class CamundaEnglish {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
  /** A word: letters only, not part of an identifier such as {@code Task_ConfirmRegistration}. */
  private static final Pattern TOKEN = Pattern.compile("[^A-Za-z0-9_.@-]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

  private static final Set<String> DICTIONARY = dictionary();

  private CamundaEnglish() {}

  /** The words of Camunda's English in {@code visibleText}, in order and each once. */
  public static Set<String> in(String visibleText) {
    Set<String> found = new TreeSet<>();
    for (String token : TOKEN.split(visibleText)) {
      if (WORD.matcher(token).matches() && DICTIONARY.contains(token.toLowerCase(Locale.ROOT))) {
        found.add(token);
      }
    }
    return found;
  }

  private static Set<String> dictionary() {
    Set<String> english = new TreeSet<>();
    Set<String> ours = new TreeSet<>();
    for (String app : APPS) {
      collect(read(app, "en"), english);
      collect(read(app, "zh"), ours);
    }
    english.removeAll(ours);
    return Set.copyOf(english);
  }

  private static void collect(JsonNode node, Set<String> words) {
    if (node.isTextual()) {
      for (String token : TOKEN.split(node.asText())) {
        if (WORD.matcher(token).matches()) {
          words.add(token.toLowerCase(Locale.ROOT));
        }
      }
    }
    node.forEach(child -> collect(child, words));
  }

  private static JsonNode read(String app, String locale) {
    String name = LOCALES.formatted(app, locale);
    try (InputStream file = CamundaEnglish.class.getClassLoader().getResourceAsStream(name)) {
      if (file == null) {
        throw new IllegalStateException(name + " is not on the classpath");
      }
      return new ObjectMapper().readTree(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
