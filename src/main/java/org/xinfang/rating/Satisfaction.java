package org.xinfang.rating;

import org.xinfang.web.Coded;

/** The three grades of 满意度评价, the same for the petition department and for the responsible unit. */
public enum Satisfaction {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public Coded coded() {
    return new Coded(name(), label);
  }
}
