package org.xinfang.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Plain weekends: Saturday and Sunday are rest days, every other day is a working day. */
public class WeekendCalendar implements WorkingDayCalendar {

  @Override
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }
}
