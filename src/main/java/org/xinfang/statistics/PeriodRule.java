package org.xinfang.statistics;

/**
 * Which cases count in a period: the rows an indicator counts and the moment of each row that must
 * fall in the period. Every rule reads the case record as {@code c}; the rules on other tables name
 * theirs ({@code r} a rating, {@code i} a leader's instruction, {@code e} a timeline entry).
 */
enum PeriodRule {
  REGISTRATION("按登记时间", "petition_case c", "c.registered_at"),
  ROUTING_DUE("按信访部门受理期限届满日", "petition_case c", "c.routing_due_at"),
  ACCEPTANCE_DUE("按责任单位受理期限届满日", "petition_case c", "c.acceptance_due_at"),
  /** The due date after any extension: an extension can move an item into a later period. */
  REPLY_DUE("按答复期限届满日（含延期）", "petition_case c", "c.reply_due_at"),
  CLOSING("按办结时间", "petition_case c", "c.closed_at"),
  /** The reply that opened the rating window: the window belongs to the period of its reply. */
  REPLY_SENT("按答复时间（评价期限自答复起算）",
      "petition_case c join satisfaction_rating r on r.case_id = c.id", "r.replied_at"),
  INSTRUCTED("按批示时间", "petition_case c join leader_instruction i on i.case_id = c.id", "i.instructed_at"),
  TIMELINE("按发生时间", "petition_case c join case_event e on e.case_id = c.id", "e.occurred_at"),
  /** Where cases stand at the moment of the query, whatever the period. */
  NOW("统计时点的现状", "petition_case c", null);

  private final String label;
  private final String rows;
  private final String moment;

  PeriodRule(String label, String rows, String moment) {
    this.label = label;
    this.rows = rows;
    this.moment = moment;
  }

  String label() {
    return label;
  }

  /** The FROM clause. */
  String rows() {
    return rows;
  }

  /** The column whose value must fall in the period; null when the period does not apply. */
  String moment() {
    return moment;
  }
}
