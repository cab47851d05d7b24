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

  /**
   * An accuser's identity and material must not reach the accused person or unit (《信访工作条例》
   * 第三十条第三款, sanctioned by 第四十六条): of an accusation, only the discipline channel and the
   * registrar see who accuses and what they submitted.
   */
  public boolean protectsAccuser() {
    return this == ACCUSATION;
  }
}
