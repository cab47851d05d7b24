package org.xinfang.statistics;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.deadline.LegalLimit;

/**
 * Every figure the bureau reports, defined once: the rows it counts (the cohort; for a rate, its
 * denominator), the numerator of a rate, the period rule, and where the definition comes from
 * (domain.md "What the bureau measures"; 《信访工作条例》 for the limits). The statistics, the
 * drill-down to the cases behind a number and any report or export built on them read these
 * definitions and nothing else.
 *
 * <p>Conditions are SQL over the rows of the {@link PeriodRule}. Their parameters: {@code :now}
 * the moment of the query, and the settings {@code :windowDays}, {@code :notAcceptedCounted},
 * {@code :groupVisitPersons} ({@link StatisticsProperties}).
 */
public enum Indicator {

  // ---- counts of what came in

  ITEMS(Kind.COUNT, "信访事项", PeriodRule.REGISTRATION, Cohorts.COUNTED_ITEM, null,
      "登记的信访事项", null, "《信访工作条例》第四十一条：信访情况统计"),
  VISIT_BATCHES(Kind.COUNT, "来访批次", PeriodRule.REGISTRATION, "c.channel = 'VISIT'", null,
      "来访登记的事项，每件为一批", null, "接待来访群众批次"),
  VISIT_PERSONS(Kind.PERSONS, "来访人次", PeriodRule.REGISTRATION, "c.channel = 'VISIT'", null,
      "来访登记的事项的来访人数之和", null, "接待来访群众人次"),
  GROUP_VISITS(Kind.COUNT, "集访批次", PeriodRule.REGISTRATION,
      "c.channel = 'VISIT' and c.person_count >= :groupVisitPersons", null,
      "来访人数达到集访人数的来访批次", null, "5人以上集访（《信访工作条例》第二十条）"),
  FIRST_TIME(Kind.COUNT, "初信初访量", PeriodRule.REGISTRATION, "c.first_time and " + Cohorts.COUNTED_ITEM, null,
      "登记的初信初访事项（非重复信访）", null, "初信初访量及同比"),

  // ---- the legal limits (Art. 22, 23, 34)

  ROUTING_ON_TIME(Kind.RATE, "信访部门及时受理率", PeriodRule.ROUTING_DUE,
      "(c.routing_met is not null or c.routing_due_at < :now)", "c.routing_met",
      "15日受理期限届满日在统计期内、已作出处理或已逾期的事项", "期限内作出转送、交办或其他处理的事项",
      "《信访工作条例》第二十二条"),
  ACCEPTANCE_ON_TIME(Kind.RATE, "责任单位及时受理率", PeriodRule.ACCEPTANCE_DUE,
      "(c.acceptance_met is not null or c.acceptance_due_at < :now)", "c.acceptance_met",
      "责任单位受理期限届满日在统计期内、已受理或已逾期的事项", "责任单位在期限内告知受理的事项",
      "《信访工作条例》第二十三条"),
  REPLY_ON_TIME(Kind.RATE, "按期答复率", PeriodRule.REPLY_DUE,
      "(c.reply_met is not null or c.reply_due_at < :now)", "c.reply_met",
      "答复期限（含延期）届满日在统计期内的事项：按期答复、逾期答复和逾期未答复", "在期限内答复的事项",
      "《信访工作条例》第三十四条"),

  // ---- results

  ONE_TIME_RESOLUTION(Kind.RATE, "一次性化解率", PeriodRule.CLOSING,
      "c.first_time and c.case_class = 'CLAIM' and " + Cohorts.HANDLED_OR_COUNTED_NOT_ACCEPTED,
      "not exists (select 1 from review_request q where q.case_id = c.id and q.requested_on <= "
          + Cohorts.CLOSING_DAY + " + :windowDays)"
          + " and not exists (select 1 from petition_case x where x.repeat_of = c.id and "
          + "cast(x.registered_at at time zone 'Asia/Shanghai' as date) <= " + Cohorts.CLOSING_DAY + " + :windowDays)",
      "统计期内办结的初信初访申诉求决事项", "办结后规定日数内未请求复查、未重复信访的事项",
      "《信访工作条例》第三十五条、第三十六条"),
  RATING_PARTICIPATION(Kind.RATE, "参评率", PeriodRule.REPLY_SENT,
      "(r.rated_at is not null or r.window_ends_at < :now)", "r.rated_at is not null",
      "统计期内答复、已评价或评价期限已届满未评价的事项", "信访人已评价的事项", "满意度评价"),
  DEPARTMENT_SATISFACTION(Kind.RATE, "信访部门满意率", PeriodRule.REPLY_SENT,
      "r.department_rating is not null", "r.department_rating in ('SATISFIED', 'BASICALLY_SATISFIED')",
      "对信访部门作出评价的事项", "评价为满意或基本满意的事项", "满意度评价：信访部门"),
  UNIT_SATISFACTION(Kind.RATE, "责任单位满意率", PeriodRule.REPLY_SENT,
      "r.unit_rating is not null", "r.unit_rating in ('SATISFIED', 'BASICALLY_SATISFIED')",
      "对责任单位作出评价的事项", "评价为满意或基本满意的事项", "满意度评价：责任单位"),
  REPEAT_RATE(Kind.RATE, "重复信访率", PeriodRule.REGISTRATION, Cohorts.COUNTED_ITEM, "not c.first_time",
      "登记的信访事项", "重复信访事项", "重复信访"),

  // ---- supervision (Art. 39, 40) and leaders' instructions

  SUPERVISIONS(Kind.COUNT, "启动督办", PeriodRule.TIMELINE, "e.type = 'SUPERVISION_STARTED'", null,
      "期限届满启动的超期督办", null, "《信访工作条例》第三十九条"),
  SUPERVISION_ESCALATIONS(Kind.COUNT, "督办升级", PeriodRule.TIMELINE, "e.type = 'SUPERVISION_ESCALATED'", null,
      "督办逾期未反馈而升级（催办、挂牌督办、报领导）的次数", null, "《信访工作条例》第四十条"),
  SUPERVISIONS_ENDED(Kind.COUNT, "督办结束", PeriodRule.TIMELINE, "e.type = 'SUPERVISION_ENDED'", null,
      "单位反馈或办理超期事项后结束的督办", null, "《信访工作条例》第三十九条"),
  INSTRUCTIONS(Kind.COUNT, "领导批示", PeriodRule.INSTRUCTED, "true", null,
      "统计期内作出的领导批示", null, "领导批示跟踪落实"),
  INSTRUCTIONS_COMPLETED(Kind.COUNT, "批示已落实", PeriodRule.INSTRUCTED, "i.status = 'COMPLETED'", null,
      "统计期内作出、领导已确认落实的批示", null, "领导批示跟踪落实"),
  INSTRUCTION_ON_TIME(Kind.RATE, "批示按期落实率", PeriodRule.INSTRUCTED, "i.met is not null", "i.met",
      "已确认落实或已逾期的批示", "在期限内报告落实并经确认的批示", "领导批示跟踪落实"),

  // ---- now

  OVERDUE_NOW(Kind.COUNT, "当前超期未办", PeriodRule.NOW, Cohorts.OVERDUE_NOW, null,
      "统计时点正在计算的法定期限已届满而未办理的事项", null, "《信访工作条例》第三十九条");

  public enum Kind {
    /** A number of rows. */
    COUNT,
    /** The persons of the rows: person-times. */
    PERSONS,
    /** Numerator over cohort. */
    RATE
  }

  private final Kind kind;
  private final String label;
  private final PeriodRule rule;
  private final String cohort;
  private final String numerator;
  private final String cohortLabel;
  private final String numeratorLabel;
  private final String source;

  Indicator(Kind kind, String label, PeriodRule rule, String cohort, String numerator, String cohortLabel,
      String numeratorLabel, String source) {
    this.kind = kind;
    this.label = label;
    this.rule = rule;
    this.cohort = cohort;
    this.numerator = numerator;
    this.cohortLabel = cohortLabel;
    this.numeratorLabel = numeratorLabel;
    this.source = source;
  }

  public Kind kind() { return kind; }
  public String label() { return label; }
  PeriodRule rule() { return rule; }
  /** The rows counted; for a rate, its denominator. */
  String cohort() { return cohort; }
  /** A rate's numerator, within the cohort; null for a count. */
  String numerator() { return numerator; }
  public String cohortLabel() { return cohortLabel; }
  public String numeratorLabel() { return numeratorLabel; }
  public String source() { return source; }

  public boolean isRate() {
    return kind == Kind.RATE;
  }

  /** Conditions several indicators share. */
  private static final class Cohorts {

    static final String NOT_ACCEPTED = "c.routing_decision in ('NOT_ACCEPT', 'NOT_ACCEPT_AGAIN')";

    /** An item is counted unless it was not accepted and the setting leaves those out. */
    static final String COUNTED_ITEM = "(:notAcceptedCounted or c.routing_decision is null or not "
        + NOT_ACCEPTED + ")";

    /** Answered by a unit, or not accepted when those count. */
    static final String HANDLED_OR_COUNTED_NOT_ACCEPTED = "(c.replied_at is not null or (:notAcceptedCounted and "
        + NOT_ACCEPTED + "))";

    static final String CLOSING_DAY = "cast(c.closed_at at time zone 'Asia/Shanghai' as date)";

    /** An open case whose running limit has passed: the limit each waiting status runs under. */
    static final String OVERDUE_NOW = Arrays.stream(CaseStatus.values())
        .filter(status -> status.runningLimit() != null)
        .map(status -> "(c.status = '" + status.name() + "' and " + dueColumn(status.runningLimit()) + " < :now)")
        .collect(Collectors.joining(" or ", "(", ")"));

    private static String dueColumn(LegalLimit limit) {
      return switch (limit) {
        case ROUTING -> "c.routing_due_at";
        case ACCEPTANCE -> "c.acceptance_due_at";
        case REPLY -> "c.reply_due_at";
        default -> throw new IllegalStateException("no case status runs under " + limit);
      };
    }
  }
}
