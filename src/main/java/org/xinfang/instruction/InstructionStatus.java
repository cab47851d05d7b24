package org.xinfang.instruction;

/** Where a leader's instruction stands. */
public enum InstructionStatus {
  /** Waiting for the addressee to carry it out and report. */
  OPEN("待落实"),
  /** Reported; waiting for the leader's confirmation. */
  REPORTED("待确认"),
  COMPLETED("已落实");

  private final String label;

  InstructionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
