package org.xinfang.deadline;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The one place where legal due dates are computed; every timer and every due date goes through it.
 *
 * <p>Periods are counted as 民法典 Art. 201 and 203 require: the day of the triggering event is not
 * counted, and a period whose last day is a statutory holiday or rest day ends on the next working
 * day. A due date is the last second of its day in China Standard Time.
 */
@Component
public class DueDateCalculator {

  private final WorkingDayCalendar calendar;

  public DueDateCalculator(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The end of a period of {@code days} calendar days that starts with the event at {@code start}. */
  public Instant afterDays(Instant start, int days) {
    requirePositive(days);
    LocalDate last = ChinaTime.dayOf(start).plusDays(days);
    return ChinaTime.endOf(nextWorkingDayFrom(last));
  }

  /** The end of a period of {@code days} working days that starts with the event at {@code start}. */
  public Instant afterWorkingDays(Instant start, int days) {
    requirePositive(days);
    LocalDate day = ChinaTime.dayOf(start);
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return ChinaTime.endOf(day);
  }

  /** An extended period: {@code days} more calendar days after an earlier due date. */
  public Instant extend(Instant dueAt, int days) {
    return afterDays(dueAt, days);
  }

  private LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate result = day;
    while (!calendar.isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  private static void requirePositive(int days) {
    if (days <= 0) {
      throw new IllegalArgumentException("a legal period has at least one day, got " + days);
    }
  }
}
