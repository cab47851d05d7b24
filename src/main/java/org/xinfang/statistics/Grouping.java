package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the figures of a period can be broken down. */
@Schema(description = "分组方式：MONTH按月、UNIT按责任单位、CHANNEL按信访渠道、SUBJECT按内容分类、CASE_CLASS按事项类别")
public enum Grouping {
  MONTH,
  UNIT,
  CHANNEL,
  SUBJECT,
  CASE_CLASS;

  /** The SQL of a row's group under a rule; null when the rule has no moment to take a month of. */
  String expression(PeriodRule rule) {
    return switch (this) {
      case MONTH -> rule.moment() == null ? null
          : "to_char(" + rule.moment() + " at time zone 'Asia/Shanghai', 'YYYY-MM')";
      case UNIT -> "c.responsible_unit_code";
      case CHANNEL -> "c.channel";
      case SUBJECT -> "c.subject_category";
      case CASE_CLASS -> "c.case_class";
    };
  }
}
