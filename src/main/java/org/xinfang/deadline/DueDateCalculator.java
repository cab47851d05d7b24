package org.xinfang.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The one place where legal due dates are computed; every timer and every due date goes through it.
 *
 * <p>Periods are counted as 民法典 Art. 201 and 203 require: the day of the triggering event is not
 * counted, and a period whose last day is a statutory holiday or rest day ends on the next working
 * day. Working days are those of the official holiday schedule, weekend days worked (调休) included.
 * A due date is the last second of its day in China Standard Time.
 */
@Component
public class DueDateCalculator {

  private final WorkingDayCalendar calendar;

  public DueDateCalculator(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The end of a period of {@code days} calendar days that starts with the event at {@code start}. */
  public Instant afterDays(Instant start, int days) {
    return countDays(ChinaTime.dayOf(start), days).dueAt();
  }

  /** The end of a period of {@code days} working days that starts with the event at {@code start}. */
  public Instant afterWorkingDays(Instant start, int days) {
    return countWorkingDays(ChinaTime.dayOf(start), days).dueAt();
  }

  /** An extended period: {@code days} more calendar days after an earlier due date. */
  public Instant extend(Instant dueAt, int days) {
    return afterDays(dueAt, days);
  }

  /**
   * The start of the working day {@code days} working days before the day of {@code dueAt}, which
   * itself is not counted: three working days before a Monday due date is the Wednesday before,
   * or earlier when a holiday lies between.
   */
  public Instant workingDaysBefore(Instant dueAt, int days) {
    requirePositive(days);
    WorkingDayCalendar snapshot = calendar.snapshot();
    LocalDate day = ChinaTime.dayOf(dueAt);
    for (int counted = 0; counted < days; ) {
      day = day.minusDays(1);
      if (snapshot.day(day).working()) {
        counted++;
      }
    }
    return day.atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  /** A period of {@code days} calendar days after the event day, with the rest days that moved its end. */
  public DueDate countDays(LocalDate eventDay, int days) {
    requirePositive(days);
    Count count = new Count(calendar.snapshot());
    LocalDate nominalLastDay = eventDay.plusDays(days);
    CalendarDay last = count.look(nominalLastDay);
    while (!last.working()) {
      count.skipped.add(last);
      last = count.look(last.date().plusDays(1));
    }
    if (last.weekend()) {
      count.weekendsWorked.add(last);
    }
    return count.result(eventDay, days, Counting.CALENDAR_DAYS, nominalLastDay, last.date());
  }

  /** A period of {@code days} working days after the event day, with the rest days it did not count. */
  public DueDate countWorkingDays(LocalDate eventDay, int days) {
    requirePositive(days);
    Count count = new Count(calendar.snapshot());
    LocalDate day = eventDay;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      CalendarDay looked = count.look(day);
      if (!looked.working()) {
        count.skipped.add(looked);
      } else {
        counted++;
        if (looked.weekend()) {
          count.weekendsWorked.add(looked);
        }
      }
    }
    return count.result(eventDay, days, Counting.WORKING_DAYS, eventDay.plusDays(days), day);
  }

  private static void requirePositive(int days) {
    if (days <= 0) {
      throw new IllegalArgumentException("a legal period has at least one day, got " + days);
    }
  }

  /** One count on one snapshot of the calendar, and what it saw. */
  private static final class Count {
    private final WorkingDayCalendar calendar;
    private final List<CalendarDay> skipped = new ArrayList<>();
    private final List<CalendarDay> weekendsWorked = new ArrayList<>();
    private final SortedSet<Integer> provisionalYears = new TreeSet<>();

    Count(WorkingDayCalendar calendar) {
      this.calendar = calendar;
    }

    CalendarDay look(LocalDate date) {
      CalendarDay day = calendar.day(date);
      if (!day.official()) {
        provisionalYears.add(date.getYear());
      }
      return day;
    }

    DueDate result(LocalDate eventDay, int length, Counting counting, LocalDate nominalLastDay, LocalDate lastDay) {
      return new DueDate(eventDay, length, counting, nominalLastDay, lastDay, List.copyOf(skipped),
          List.copyOf(weekendsWorked), Collections.unmodifiableSortedSet(provisionalYears));
    }
  }
}
