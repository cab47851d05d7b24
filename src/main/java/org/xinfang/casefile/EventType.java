package org.xinfang.casefile;

/** The kinds of entry on a case's timeline. */
public enum EventType {
  REGISTERED("登记"),
  LIMIT_SET("期限起算"),
  ROUTING_DECIDED("信访室处理"),
  NOTICE_ISSUED("告知"),
  UNIT_ACCEPTED("责任单位受理"),
  UNIT_OBJECTED("责任单位提出异议"),
  OBJECTION_WINDOW_CLOSED("异议期届满"),
  EXTENSION_REQUESTED("申请延期"),
  EXTENSION_GRANTED("批准延期"),
  EXTENSION_REFUSED("不批准延期"),
  REPLY_DRAFTED("起草答复意见"),
  REPLY_RETURNED("答复意见退回修改"),
  REPLY_APPROVED("答复意见审批通过"),
  REPORT_ACCEPTED("办结报告审核通过"),
  REPORT_RETURNED("办结报告退回"),
  REMINDER_SENT("期限提醒"),
  LIMIT_EXPIRED("超期"),
  SUPERVISION_STARTED("启动督办"),
  SUPERVISION_NOTICE("督办通知"),
  SUPERVISION_ESCALATED("督办升级"),
  SUPERVISION_INSTRUCTED("领导督办意见"),
  SUPERVISION_FEEDBACK("反馈督办"),
  SUPERVISION_ENDED("督办结束"),
  INSTRUCTION_RECORDED("领导批示"),
  INSTRUCTION_REPORTED("报告批示落实情况"),
  INSTRUCTION_RETURNED("批示落实退回"),
  INSTRUCTION_COMPLETED("批示已落实"),
  INSTRUCTION_OVERDUE("批示逾期未落实"),
  CLOSED("办结"),
  REVIEW_REQUESTED("申请复查"),
  RE_REVIEW_REQUESTED("申请复核"),
  REVIEW_REQUEST_REFUSED("复查复核申请不予受理"),
  HEARING_DECIDED("决定听证"),
  HEARING_HELD("举行听证"),
  REVIEW_ANSWERED("出具复查意见"),
  RE_REVIEW_ANSWERED("出具复核意见"),
  RATED("满意度评价"),
  IMPORTED("历史数据导入");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
