package org.xinfang.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.xinfang.deadline.ChinaTime;

/** The steps of the recount's HTTP tests: the engine clock in China time, due timers, a notice's days. */
final class RecountScenario {

  private RecountScenario() {}

  static void clockAt(String chinaDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(chinaDateTime).atZone(ChinaTime.ZONE).toInstant()));
  }

  /** The end of a day in China time, as a limit ending that day is due. */
  static Instant endOf(String day) {
    return ChinaTime.endOf(LocalDate.parse(day));
  }

  /** What the job executor would have done by now: every timer due is fired, in the order due. */
  static void fireDueTimers(ManagementService management) {
    List<Job> due;
    while (!(due = management.createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime())
        .orderByJobDuedate().asc().listPage(0, 1)).isEmpty()) {
      management.executeJob(due.get(0).getId());
    }
  }

  /** The days of a notice as the API takes them, each written {@code "OFF 2027-02-04 春节"}. */
  static List<Map<String, String>> days(String... days) {
    List<Map<String, String>> list = new ArrayList<>();
    for (String day : days) {
      String[] parts = day.split(" ");
      list.add(Map.of("date", parts[1], "type", parts[0], "holiday", parts[2]));
    }
    return list;
  }
}
