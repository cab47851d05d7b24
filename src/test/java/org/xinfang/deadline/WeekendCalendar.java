package org.xinfang.deadline;

import java.time.LocalDate;

/** Plain weekends and no holidays: a calendar to test the counting on. */
public class WeekendCalendar implements WorkingDayCalendar {

  @Override
  public CalendarDay day(LocalDate date) {
    return CalendarDay.ordinary(date, false);
  }
}
