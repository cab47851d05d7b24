package org.xinfang.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

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
 * @param provisionalYears the years the count touched whose official schedule is not loaded: there,
 *     the statutory holidays of the law and the weekends were the rest days, provisionally, and the
 *     due date may move when the schedule is loaded
 */
public record DueDate(LocalDate eventDay, int length, Counting counting, LocalDate nominalLastDay,
    LocalDate lastDay, List<CalendarDay> skipped, List<CalendarDay> weekendsWorked,
    SortedSet<Integer> provisionalYears) {

  /** The last second of the last day in China Standard Time: a step taken before it is on time. */
  public Instant dueAt() {
    return ChinaTime.endOf(lastDay);
  }

  /**
   * What the timeline says after a due date counted in part on a year whose schedule is not loaded:
   * the date is provisional; nothing when every year counted is official.
   */
  public String provisionalNote() {
    if (provisionalYears.isEmpty()) {
      return "";
    }
    return "（暂定：" + provisionalYears.stream().map(year -> year + "年").collect(Collectors.joining("、"))
        + "节假日安排尚未公布，暂按法定节假日计算）";
  }

  /** Whether rest days moved the end past the nominal last day. */
  public boolean moved() {
    return lastDay.isAfter(nominalLastDay);
  }
}
