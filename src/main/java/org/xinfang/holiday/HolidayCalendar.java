package org.xinfang.holiday;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.CalendarDay;
import org.xinfang.deadline.WorkingDayCalendar;

/**
 * Working days by the official schedule of each year, as stored (V2__holiday_calendar.sql ships
 * 2025 and 2026; an administrator loads the others). Every period is counted on a snapshot read
 * from the database when the count begins, one small query per year it touches: a correction saved
 * on any node of a cluster counts from the next period on, with no cache to expire or invalidate.
 * A year without a schedule counts, provisionally, the statutory days off of the law
 * ({@link StatutoryHolidays}) and the weekends, and says so in the log, once per year.
 */
@Component
class HolidayCalendar implements WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);
  /** The statutory days off of each year asked for: a pure function of the year, computed once. */
  private static final Map<Integer, Map<LocalDate, String>> STATUTORY = new ConcurrentHashMap<>();

  private final HolidaySchedules schedules;
  private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();

  HolidayCalendar(HolidaySchedules schedules) {
    this.schedules = schedules;
  }

  @Override
  public CalendarDay day(LocalDate date) {
    return snapshot().day(date);
  }

  @Override
  public WorkingDayCalendar snapshot() {
    Map<Integer, Optional<YearSchedule>> read = new HashMap<>();
    return date -> read.computeIfAbsent(date.getYear(), this::load)
        .map(schedule -> schedule.day(date))
        .orElseGet(() -> provisional(date));
  }

  /** A day of a year without its notice: rest on a statutory holiday and at the weekend, not official. */
  static CalendarDay provisional(LocalDate date) {
    String holiday = STATUTORY.computeIfAbsent(date.getYear(), year -> StatutoryHolidays.of(year).stream()
        .collect(Collectors.toMap(SpecialDay::date, SpecialDay::holiday))).get(date);
    return holiday == null ? CalendarDay.ordinary(date, false) : new CalendarDay(date, false, holiday, false);
  }

  private Optional<YearSchedule> load(int year) {
    Optional<YearSchedule> schedule = schedules.find(year);
    if (schedule.isEmpty() && yearsWarnedAbout.add(year)) {
      log.warn("No official holiday schedule for {}: until an administrator loads it (PUT /api/holiday-calendar/{}), "
          + "its statutory holidays ({}) and weekends are its rest days, provisionally; bridging days and "
          + "weekend days worked are unknown", year, year, StatutoryHolidays.LAW);
    }
    return schedule;
  }
}
