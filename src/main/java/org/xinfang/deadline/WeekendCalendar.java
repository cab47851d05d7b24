package org.xinfang.deadline;

import java.time.LocalDate;

/** Plain weekends, the calendar of a year whose official schedule is unknown. */
public class WeekendCalendar implements WorkingDayCalendar {

  @Override
  public CalendarDay day(LocalDate date) {
    return CalendarDay.ordinary(date, false);
  }
}
