package org.xinfang.review;

/** What a review or re-review opinion decides about the answer it reviewed. */
public enum ReviewConclusion {
  UPHELD("维持原意见"),
  CHANGED("变更原意见"),
  REVOKED("撤销原意见");

  private final String label;

  ReviewConclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
