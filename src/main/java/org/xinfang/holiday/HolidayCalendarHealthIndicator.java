package org.xinfang.holiday;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.IntStream;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;

/**
 * The {@code holidayCalendar} component of {@code /actuator/health}: which years' official schedules
 * are loaded, and whether this year's and next year's are. A case registered today already has
 * limits in next year, so a missing next year matters as much as a missing current one.
 *
 * <p>A missing year makes the component UNKNOWN, not DOWN: due dates are still computed, on plain
 * weekends, and the node must stay in service. UNKNOWN ranks below UP when Spring Boot aggregates,
 * so the overall status stays UP while the component names the years to load.
 */
@Component
class HolidayCalendarHealthIndicator extends AbstractHealthIndicator {

  private final HolidaySchedules schedules;

  HolidayCalendarHealthIndicator(HolidaySchedules schedules) {
    this.schedules = schedules;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    int thisYear = ChinaTime.dayOf(EngineClock.now()).getYear();
    SortedSet<Integer> loaded = schedules.years();
    List<Integer> missing = IntStream.of(thisYear, thisYear + 1).filter(year -> !loaded.contains(year)).boxed().toList();
    health.withDetail("loadedYears", loaded).withDetail("missingYears", missing);
    if (missing.isEmpty()) {
      health.up();
    } else {
      health.unknown().withDetail("warning", String.join("、", missing.stream().map(year -> year + "年").toList())
          + "的节假日安排尚未录入，这些年份只按周六、周日休息计算期限。国务院办公厅通知发布后，请系统管理员及时录入。");
    }
  }
}
