package org.xinfang.matching;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two texts written by different registrars are. Deterministic and explainable: texts are
 * normalised, cut into overlapping pairs of characters (bigrams), and the pairs compared.
 */
final class Similarity {

  /** Full-width or traditional forms and the usual ways of writing a house number, unified. */
  private static final List<String[]> ADDRESS_WORDS = List.of(
      new String[] {"號", "号"}, new String[] {"#", "号"}, new String[] {"幢", "栋"}, new String[] {"座", "栋"},
      new String[] {"單元", "单元"}, new String[] {"弄", "号"});
  private static final Pattern NOT_A_CHARACTER = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s&&[^#]]+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private Similarity() {}

  /** Without spaces and punctuation, full-width letters and digits made plain (NFKC), lower case. */
  static String normalised(String text) {
    if (text == null) {
      return "";
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
    return NOT_A_CHARACTER.matcher(plain).replaceAll("");
  }

  static String normalisedAddress(String address) {
    String text = normalised(address);
    for (String[] word : ADDRESS_WORDS) {
      text = text.replace(word[0], word[1]);
    }
    return text;
  }

  /** Jaccard index of the character bigrams: shared pairs over all pairs, 0 to 1. */
  static double jaccard(String a, String b) {
    Set<String> first = bigrams(normalised(a));
    Set<String> second = bigrams(normalised(b));
    if (first.isEmpty() || second.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(first);
    shared.retainAll(second);
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    return (double) shared.size() / all.size();
  }

  /**
   * Two addresses name the same place when most of the shorter one's bigrams are in the longer one
   * (one registrar leaves out the city, another adds the building) and their numbers do not
   * disagree: every number of the shorter appears in the longer, so 12号 and 88号 on the same road
   * are different addresses.
   */
  static boolean sameAddress(String a, String b) {
    String first = normalisedAddress(a);
    String second = normalisedAddress(b);
    Set<String> firstPairs = bigrams(first);
    Set<String> secondPairs = bigrams(second);
    if (firstPairs.isEmpty() || secondPairs.isEmpty()) {
      return false;
    }
    boolean firstShorter = firstPairs.size() <= secondPairs.size();
    Set<String> shorter = firstShorter ? firstPairs : secondPairs;
    Set<String> longer = firstShorter ? secondPairs : firstPairs;
    long shared = shorter.stream().filter(longer::contains).count();
    return (double) shared / shorter.size() >= Thresholds.ADDRESS_OVERLAP
        && numbers(firstShorter ? second : first).containsAll(numbers(firstShorter ? first : second));
  }

  private static Set<String> numbers(String text) {
    Set<String> numbers = new HashSet<>();
    Matcher matcher = NUMBER.matcher(text);
    while (matcher.find()) {
      numbers.add(matcher.group().replaceFirst("^0+(?=.)", ""));
    }
    return numbers;
  }

  private static Set<String> bigrams(String text) {
    Set<String> pairs = new HashSet<>();
    if (text.length() == 1) {
      pairs.add(text);
    }
    for (int i = 0; i + 1 < text.length(); i++) {
      pairs.add(text.substring(i, i + 2));
    }
    return pairs;
  }
}
