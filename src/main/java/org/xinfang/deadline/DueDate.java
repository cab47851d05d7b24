package org.xinfang.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * A legal period as counted, and why it ends where it does.
 *
 * @param eventDay the day of the event that starts the period, itself not counted (民法典 Art. 201)
 * @param length the number of days
 * @param counting calendar days or working days
 * @param nominalLastDay the event day plus the length, as if every day counted
 * @param lastDay the last day of the period, always a working day (民法典 Art. 203)
 * @param skipped the rest days that were not counted: for calendar days those from the nominal
 *     last day on, which moved the end; for working days every rest day of the period
 * @param weekendsWorked the weekend days counted as working days because of an arrangement (调休)
 * @param unofficialYears the years the count touched whose official schedule is unknown: there,
 *     only weekends were rest days
 */
public record DueDate(LocalDate eventDay, int length, Counting counting, LocalDate nominalLastDay,
    LocalDate lastDay, List<CalendarDay> skipped, List<CalendarDay> weekendsWorked,
    SortedSet<Integer> unofficialYears) {

  /** The last second of the last day in China Standard Time: a step taken before it is on time. */
  public Instant dueAt() {
    return ChinaTime.endOf(lastDay);
  }

  /** Whether rest days moved the end past the nominal last day. */
  public boolean moved() {
    return lastDay.isAfter(nominalLastDay);
  }
}
