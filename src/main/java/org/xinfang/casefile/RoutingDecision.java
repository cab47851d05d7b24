package org.xinfang.casefile;

/** The petition room's decision on a registered item (Art. 22, 28, 36 ¶3). */
public enum RoutingDecision {
  TRANSFER("转送", CaseStatus.AWAITING_ACCEPTANCE, "转送告知书"),
  ASSIGN("交办", CaseStatus.AWAITING_ACCEPTANCE, "交办告知书"),
  NOT_ACCEPT("不予受理", CaseStatus.NOT_ACCEPTED, "不予受理告知书"),
  NOT_ACCEPT_AGAIN("不再受理", CaseStatus.NOT_ACCEPTED_AGAIN, "不再受理告知书"),
  POLITICAL_LEGAL("涉法涉诉，导入政法途径", CaseStatus.ROUTED_POLITICAL_LEGAL, "导入法定途径告知书"),
  DISCIPLINE("检举控告，转纪检监察机关", CaseStatus.ROUTED_DISCIPLINE, "转纪检监察机关告知书");

  private final String label;
  private final CaseStatus resultingStatus;
  private final String notice;

  RoutingDecision(String label, CaseStatus resultingStatus, String notice) {
    this.label = label;
    this.resultingStatus = resultingStatus;
    this.notice = notice;
  }

  public String label() {
    return label;
  }

  public CaseStatus resultingStatus() {
    return resultingStatus;
  }

  /** The written notice (告知书) the petitioner receives for this decision. */
  public String notice() {
    return notice;
  }

  /** Transfer and assignment send the item to a responsible unit; the others end it here. */
  public boolean sendsToUnit() {
    return this == TRANSFER || this == ASSIGN;
  }
}
