package org.xinfang.holiday;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.audit.AuditLog;
import org.xinfang.deadline.EngineClock;

/**
 * A year's schedule loaded or corrected, and the running limits it moves (docs/holiday-schedule-changes.md):
 * in the same transaction as the change when they are few ({@code xinfang.holiday.recount.inline-limit}),
 * else in batches on the engine's job executor, which any node may run, with the progress kept in the
 * database. The audit log records the change and, when the recount is done, how many limits moved.
 */
@Service
@EnableConfigurationProperties(RecountProperties.class)
class ScheduleChanges {

  /** The background model ({@code processes/limit-recount.bpmn}). */
  static final String RECOUNT_PROCESS = "LimitRecount";
  static final String CHANGED = "HOLIDAY_SCHEDULE_CHANGED";

  private final HolidaySchedules schedules;
  private final LimitRecounts recounts;
  private final RuntimeService runtime;
  private final AuditLog audit;
  private final RecountProperties properties;

  ScheduleChanges(HolidaySchedules schedules, LimitRecounts recounts, RuntimeService runtime, AuditLog audit,
      RecountProperties properties) {
    this.schedules = schedules;
    this.recounts = recounts;
    this.runtime = runtime;
    this.audit = audit;
    this.properties = properties;
  }

  /** What a change did: whether the year is new, and the recount of its running limits. */
  record Change(boolean created, Recount recount) {}

  @Transactional
  Change replace(int year, String notice, List<SpecialDay> days, String user) {
    boolean created = schedules.replace(year, notice, days, user, EngineClock.now());
    String reason = year + "年节假日安排" + (created ? "录入" : "更正") + "（" + notice + "）";
    boolean background = recounts.touching(year) > properties.inlineLimit();
    long recountId = recounts.open(year, reason, user, background);
    Recount opened = recounts.find(recountId).orElseThrow();
    audit.record(user, CHANGED, null, reason + "：放假" + count(days, DayType.OFF) + "天，调休上班"
        + count(days, DayType.WORK) + "天；涉及该年度的运行中期限" + opened.total() + "个"
        + (background ? "，在后台分批重新计算" : "，随本次变更重新计算"));
    if (background) {
      runtime.startProcessInstanceByKey(RECOUNT_PROCESS, "recount-" + recountId,
          Map.of(LimitRecounts.RECOUNT_ID, recountId, LimitRecounts.BATCH_SIZE, properties.batchSize()));
    } else {
      recounts.batch(recountId, properties.inlineLimit() + 1);
    }
    return new Change(created, recounts.find(recountId).orElseThrow());
  }

  private static long count(List<SpecialDay> days, DayType type) {
    return days.stream().filter(day -> day.type() == type).count();
  }
}
