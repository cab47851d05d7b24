package org.xinfang.deadline;

/**
 * The time limits of 信访工作条例 (2022) that the petition process enforces. Their lengths live in the
 * process models, on the timers, where a process designer can change them; this names each one.
 */
public enum LegalLimit {
  /** The petition department transfers, assigns or decides within 15 days of registration. */
  ROUTING("信访部门处理期限", "《信访工作条例》第二十二条"),
  /** The responsible unit notifies the petitioner of its acceptance within 15 days. */
  ACCEPTANCE("责任单位受理期限", "《信访工作条例》第二十三条"),
  /** A unit that finds an item outside its remit objects within 5 working days. */
  OBJECTION("异议期限", "《信访工作条例》第二十三条第三款"),
  /** A 申诉求决 item is answered in writing within 60 days of acceptance, extended at most once. */
  REPLY("答复期限", "《信访工作条例》第三十四条"),
  /** The petitioner may ask for review within 30 days of receiving the written reply. */
  REVIEW_REQUEST("复查申请期限", "《信访工作条例》第三十五条"),
  /** The reviewing organ answers with its review opinion within 30 days of the request. */
  REVIEW("复查期限", "《信访工作条例》第三十五条"),
  /** The petitioner may ask for re-review within 30 days of receiving the review opinion. */
  RE_REVIEW_REQUEST("复核申请期限", "《信访工作条例》第三十六条"),
  /** The re-reviewing organ answers within 30 days of the request; hearing time is not counted. */
  RE_REVIEW("复核期限", "《信访工作条例》第三十六条");

  private final String label;
  private final String article;

  LegalLimit(String label, String article) {
    this.label = label;
    this.article = article;
  }

  public String label() {
    return label;
  }

  public String article() {
    return article;
  }
}
