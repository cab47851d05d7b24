package org.xinfang.matching;

/** The thresholds of the matching, in one place; docs/repeat-petitions.md explains each. */
final class Thresholds {

  /** Share of the shorter address's bigrams found in the other, for the two to be the same address. */
  static final double ADDRESS_OVERLAP = 0.7;

  /** Bigram Jaccard index of two titles, or of two contents, from which two matters read alike. */
  static final double SIMILAR_TEXT = 0.25;

  /** At most this many candidates are shown, the strongest and latest first. */
  static final int MOST_CANDIDATES = 20;

  private Thresholds() {}
}
