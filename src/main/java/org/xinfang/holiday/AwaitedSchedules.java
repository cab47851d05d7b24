package org.xinfang.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.ChinaTime;

/**
 * Which official schedule the bureau is waiting for: from October, when the State Council's notice
 * for next year usually appears, next year's until it is loaded; and how many running timers of the
 * engine (limits, reminders, escalations) already fall due in a year, counted there provisionally.
 */
@Component
public class AwaitedSchedules {

  /** The month from which next year's notice is awaited: it usually appears in November. */
  static final Month NEXT_YEAR_AWAITED_FROM = Month.OCTOBER;

  private final HolidaySchedules schedules;
  private final ManagementService management;

  AwaitedSchedules(HolidaySchedules schedules, ManagementService management) {
    this.schedules = schedules;
    this.management = management;
  }

  /** A year whose notice is awaited and not loaded, and the running timers that already fall due in it. */
  public record MissingYear(int year, long timersDue) {}

  /** Next year, if {@code today} is in or after October and its schedule is not loaded. */
  public Optional<MissingYear> nextYearMissing(LocalDate today) {
    int next = today.getYear() + 1;
    if (today.getMonth().compareTo(NEXT_YEAR_AWAITED_FROM) < 0 || schedules.years().contains(next)) {
      return Optional.empty();
    }
    return Optional.of(new MissingYear(next, timersDueIn(next)));
  }

  /** How many running timers of the engine fall due in {@code year}, China time. */
  long timersDueIn(int year) {
    return management.createJobQuery().timers()
        .duedateHigherThan(Date.from(startOf(year).minusMillis(1)))
        .duedateLowerThan(Date.from(startOf(year + 1)))
        .count();
  }

  private static Instant startOf(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
  }
}
