package org.xinfang.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;

/**
 * The {@code holidayCalendar} component of {@code /actuator/health}: which years' official schedules
 * are loaded, and whether this year's is, and from October, when the notice for next year is due,
 * next year's. A case registered then already has limits in next year: for a missing year the
 * component says how many running timers already fall due in it, counted on its statutory holidays
 * provisionally, and liable to move when the notice is loaded.
 *
 * <p>A missing year makes the component UNKNOWN, not DOWN: due dates are still computed,
 * provisionally, and the node must stay in service. UNKNOWN ranks below UP when Spring Boot aggregates,
 * so the overall status stays UP while the component names the years to load.
 */
@Component
class HolidayCalendarHealthIndicator extends AbstractHealthIndicator {

  /** The month from which next year's notice is awaited: it usually appears in November. */
  static final Month NEXT_YEAR_AWAITED_FROM = Month.OCTOBER;

  /** How many running timers of the engine fall due in a year: legal limits, their reminders, escalations. */
  interface TimersDue {
    long in(int year);
  }

  private final HolidaySchedules schedules;
  private final TimersDue timersDue;

  @Autowired
  HolidayCalendarHealthIndicator(HolidaySchedules schedules, ManagementService management) {
    this(schedules, year -> management.createJobQuery().timers()
        .duedateHigherThan(Date.from(startOf(year).minusMillis(1)))
        .duedateLowerThan(Date.from(startOf(year + 1)))
        .count());
  }

  HolidayCalendarHealthIndicator(HolidaySchedules schedules, TimersDue timersDue) {
    this.schedules = schedules;
    this.timersDue = timersDue;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    LocalDate today = ChinaTime.dayOf(EngineClock.now());
    IntStream awaited = today.getMonth().compareTo(NEXT_YEAR_AWAITED_FROM) >= 0
        ? IntStream.of(today.getYear(), today.getYear() + 1) : IntStream.of(today.getYear());
    SortedSet<Integer> loaded = schedules.years();
    List<Integer> missing = awaited.filter(year -> !loaded.contains(year)).boxed().toList();
    health.withDetail("loadedYears", loaded).withDetail("missingYears", missing);
    if (missing.isEmpty()) {
      health.up();
      return;
    }
    Map<Integer, Long> timers = new TreeMap<>();
    missing.forEach(year -> timers.put(year, timersDue.in(year)));
    health.unknown().withDetail("timersDueInMissingYears", timers)
        .withDetail("warning", String.join("、", missing.stream()
            .map(year -> year + "年（已有" + timers.get(year) + "个运行中的期限计时器在该年届满）").toList())
            + "的节假日安排尚未录入，这些年份暂按法定节假日和周六、周日休息计算期限，结果为暂定。"
            + "国务院办公厅通知发布后，请系统管理员及时录入。");
  }

  private static Instant startOf(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
  }
}
