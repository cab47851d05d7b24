package org.xinfang.casefile;

/** The three classes of 信访事项 in the 2022 regulation. */
public enum CaseClass {
  CLAIM("申诉求决"),
  SUGGESTION("建议意见"),
  ACCUSATION("检举控告");

  private final String label;

  CaseClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
