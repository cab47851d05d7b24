package org.xinfang.deadline;

import java.time.LocalDate;

/** Tells working days from statutory holidays and rest days. */
public interface WorkingDayCalendar {

  CalendarDay day(LocalDate date);

  /**
   * The calendar to count one period on. A calendar kept as data reads what is stored at the moment
   * of asking, so that a correction made on any node counts from the next period on, and no period
   * is counted on two versions of the schedule.
   */
  default WorkingDayCalendar snapshot() {
    return this;
  }
}
