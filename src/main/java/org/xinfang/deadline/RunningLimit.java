package org.xinfang.deadline;

import java.time.LocalDate;

/**
 * A legal limit as its count began: from the day of its event, its length and way of counting, and
 * an approved extension counted from its first last day (Art. 34). Enough to count it again on a
 * corrected calendar.
 *
 * @param owner the module that moves it ({@link LimitMover#owner()})
 * @param key the limit within its case and owner: {@code REPLY}; for the limits of other models the
 *     process they run in: {@code REVIEW:<process id>}, an instruction's process id,
 *     {@code NOTICE-<process id>}
 * @param lastDay the last day it was last counted to
 */
public record RunningLimit(long id, long caseId, String owner, String key, LocalDate eventDay, int length,
    Counting counting, Integer extensionDays, LocalDate lastDay) {

  /** The same limit counted anew from its start on the calendar as it is now. */
  public DueDate recount(DueDateCalculator calculator) {
    DueDate counted = calculator.count(eventDay, length, counting);
    return extensionDays == null ? counted : calculator.countDays(counted.lastDay(), extensionDays);
  }
}
