package org.xinfang.casefile;

/** The substance of the written reply (处理意见书). */
public enum ReplyOutcome {
  SUPPORTED("支持"),
  PARTLY_SUPPORTED("部分支持"),
  NOT_SUPPORTED("不予支持"),
  EXPLAINED("解释说明"),
  ADOPTED("采纳建议"),
  NOTED("建议已收悉并转有关部门研究");

  private final String label;

  ReplyOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
