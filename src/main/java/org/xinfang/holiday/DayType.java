package org.xinfang.holiday;

/** What the official schedule makes of a day that differs from the ordinary week. */
enum DayType {
  /** A rest day whatever the weekday. */
  OFF("放假"),
  /** A Saturday or Sunday that is a working day (调休). */
  WORK("调休上班");

  private final String label;

  DayType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
