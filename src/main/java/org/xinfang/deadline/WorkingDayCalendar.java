package org.xinfang.deadline;

import java.time.LocalDate;

/** Tells working days from statutory holidays and rest days. */
public interface WorkingDayCalendar {

  boolean isWorkingDay(LocalDate day);
}
