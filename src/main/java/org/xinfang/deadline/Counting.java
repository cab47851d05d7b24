package org.xinfang.deadline;

/** How a legal period is counted. */
public enum Counting {
  CALENDAR_DAYS("日"),
  WORKING_DAYS("个工作日");

  private final String label;

  Counting(String label) {
    this.label = label;
  }

  /** The unit after the number, as the regulation writes it: 15日, 5个工作日. */
  public String label() {
    return label;
  }
}
