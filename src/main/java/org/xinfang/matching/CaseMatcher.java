package org.xinfang.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xinfang.casefile.Petitioner;

/**
 * Compares a new petition with an earlier one. An earlier case is a candidate only when one of its
 * petitioners is one of the new petition's; the matter then decides how strong a candidate it is.
 *
 * <p>Two petitioners are the same person when
 * <ul>
 *   <li>both ID numbers are given and equal, whatever the name, phone or address; two different
 *       ID numbers are two people, whatever else they share;</li>
 *   <li>otherwise, when their phone numbers are equal (hyphens ignored), or their names are equal
 *       and their addresses the same ({@link Similarity#sameAddress}). The same name alone, with
 *       another phone and another address, is another person.</li>
 * </ul>
 */
final class CaseMatcher {

  /** A reason with what it rests on: the petitioners it names, or how the matters agree. */
  record Reason(MatchReason reason, String detail) {}

  /** An earlier petition that matched, why, and how strongly. */
  record Match(List<Reason> reasons, double matterSimilarity, boolean similarMatter, Strength strength) {}

  private CaseMatcher() {}

  static Optional<Match> compare(Petition item, Petition earlier) {
    Map<MatchReason, List<String>> people = new LinkedHashMap<>();
    boolean surelySamePerson = false;
    for (Petitioner petitioner : item.petitioners()) {
      for (Petitioner other : earlier.petitioners()) {
        Optional<MatchReason> same = samePerson(petitioner, other);
        if (same.isPresent()) {
          people.computeIfAbsent(same.get(), reason -> new ArrayList<>()).add(petitioner.getName());
          surelySamePerson |= same.get() == MatchReason.SAME_ID_NUMBER
              || same.get() == MatchReason.SAME_PHONE && petitioner.getName().equals(other.getName());
          break;
        }
      }
    }
    if (people.isEmpty()) {
      return Optional.empty();
    }
    List<Reason> reasons = new ArrayList<>();
    people.forEach((reason, names) -> reasons.add(new Reason(reason, String.join("、", names))));
    if (item.isGroup() || earlier.isGroup()) {
      List<String> overlapping = people.values().stream().flatMap(List::stream).distinct().toList();
      reasons.add(new Reason(MatchReason.OVERLAPPING_REPRESENTATIVES,
          overlapping.size() + "人与原事项信访人相同：" + String.join("、", overlapping)));
    }
    double similarity = Math.max(Similarity.jaccard(item.title(), earlier.title()),
        Similarity.jaccard(item.content(), earlier.content()));
    boolean similarMatter = similarity >= Thresholds.SIMILAR_TEXT
        && item.subjectCategory() == earlier.subjectCategory()
        && (item.placeUnitCode() == null || earlier.placeUnitCode() == null
            || item.placeUnitCode().equals(earlier.placeUnitCode()));
    double rounded = Math.round(similarity * 100) / 100.0;
    if (similarMatter) {
      reasons.add(new Reason(MatchReason.SIMILAR_MATTER, "同为" + item.subjectCategory().label() + "类，"
          + (Objects.equals(item.placeUnitCode(), earlier.placeUnitCode()) && item.placeUnitCode() != null
              ? "同一问题发生地，" : "")
          + "标题或内容相似度" + rounded));
    }
    return Optional.of(new Match(reasons, rounded, similarMatter, Strength.of(surelySamePerson, similarMatter)));
  }

  /** Why two petitioners are the same person, if they are; see the class comment. */
  static Optional<MatchReason> samePerson(Petitioner a, Petitioner b) {
    if (a.getIdNumber() != null && b.getIdNumber() != null) {
      return a.getIdNumber().equalsIgnoreCase(b.getIdNumber())
          ? Optional.of(MatchReason.SAME_ID_NUMBER) : Optional.empty();
    }
    if (a.getPhone() != null && b.getPhone() != null && digits(a.getPhone()).equals(digits(b.getPhone()))) {
      return Optional.of(MatchReason.SAME_PHONE);
    }
    if (a.getName().equals(b.getName()) && Similarity.sameAddress(a.getAddress(), b.getAddress())) {
      return Optional.of(MatchReason.SAME_NAME_SIMILAR_ADDRESS);
    }
    return Optional.empty();
  }

  static String digits(String phone) {
    return phone.chars().filter(Character::isDigit)
        .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
  }
}
