package org.xinfang.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A day as the working-day calendar has it.
 *
 * @param working whether the day is a working day
 * @param holiday the holiday whose arrangement makes the day what it is: a rest day of 春节, or a
 *     weekend day worked for 春节 (调休); null for an ordinary weekday or weekend day
 * @param official whether the official schedule of the day's year is known; if not, only the
 *     weekend decides
 */
public record CalendarDay(LocalDate date, boolean working, String holiday, boolean official) {

  /** An ordinary day: Monday to Friday working, Saturday and Sunday rest. */
  public static CalendarDay ordinary(LocalDate date, boolean official) {
    return new CalendarDay(date, !isWeekend(date), null, official);
  }

  public boolean weekend() {
    return isWeekend(date);
  }

  public static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
