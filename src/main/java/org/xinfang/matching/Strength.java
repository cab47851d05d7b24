package org.xinfang.matching;

/**
 * How likely an earlier case is the same petitioner's same matter. The person is surely the same
 * when the ID numbers agree, or the phone and the name; the matter when {@link MatchReason#SIMILAR_MATTER}
 * holds. Both: high; one of them: medium; neither (the same phone under another name, or the same
 * name at the same address, about something else): low.
 */
enum Strength {
  HIGH("高"),
  MEDIUM("中"),
  LOW("低");

  private final String label;

  Strength(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Strength of(boolean surelySamePerson, boolean similarMatter) {
    if (surelySamePerson && similarMatter) {
      return HIGH;
    }
    return surelySamePerson || similarMatter ? MEDIUM : LOW;
  }
}
