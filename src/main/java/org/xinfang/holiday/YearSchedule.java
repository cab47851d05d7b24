package org.xinfang.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.deadline.CalendarDay;

/** The official schedule of one year as loaded, by whom and when; its special days in date order. */
record YearSchedule(int year, String notice, List<SpecialDay> days, Instant loadedAt, String loadedBy) {

  CalendarDay day(LocalDate date) {
    return days.stream()
        .filter(special -> special.date().equals(date))
        .findFirst()
        .map(special -> new CalendarDay(date, special.type() == DayType.WORK, special.holiday(), true))
        .orElseGet(() -> CalendarDay.ordinary(date, true));
  }

  long count(DayType type) {
    return days.stream().filter(special -> special.type() == type).count();
  }
}
