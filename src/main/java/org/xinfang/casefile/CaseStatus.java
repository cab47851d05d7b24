package org.xinfang.casefile;

/** Where a case stands. Each open status matches one waiting step of the petition process. */
public enum CaseStatus {
  AWAITING_ROUTING("待信访室处理", false),
  AWAITING_ACCEPTANCE("待责任单位受理", false),
  IN_HANDLING("办理中", false),
  EXTENSION_PENDING("延期审批中", false),
  REPLY_PENDING_APPROVAL("答复意见审批中", false),
  REPORT_PENDING_REVIEW("办结报告审核中", false),
  CLOSED("已办结", true),
  NOT_ACCEPTED("不予受理", true),
  NOT_ACCEPTED_AGAIN("不再受理", true),
  ROUTED_POLITICAL_LEGAL("已导入政法途径", true),
  ROUTED_DISCIPLINE("已转纪检监察机关", true);

  private final String label;
  private final boolean finished;

  CaseStatus(String label, boolean finished) {
    this.label = label;
    this.finished = finished;
  }

  public String label() {
    return label;
  }

  public boolean isFinished() {
    return finished;
  }
}
