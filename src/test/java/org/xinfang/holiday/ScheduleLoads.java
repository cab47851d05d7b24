package org.xinfang.holiday;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Loads a year's schedule the way the administrators' API does, for tests outside this package that
 * drive processes and need no HTTP: the schedule and the recount of the running limits it touches,
 * in one transaction.
 */
public final class ScheduleLoads {

  private ScheduleLoads() {}

  /** What the change did to the running limits. */
  public record Loaded(int total, int moved, int reopened, boolean background, boolean done) {}

  /** A day of the notice: {@code "OFF 2027-02-04 春节"} or {@code "WORK 2027-01-30 春节"}. */
  public static Loaded load(ApplicationContext context, String administrator, int year, String notice, String... days) {
    List<SpecialDay> special = Arrays.stream(days).map(day -> day.split(" "))
        .map(parts -> new SpecialDay(LocalDate.parse(parts[1]), DayType.valueOf(parts[0]), parts[2]))
        .toList();
    Recount recount = context.getBean(ScheduleChanges.class).replace(year, notice, special, administrator).recount();
    return new Loaded(recount.total(), recount.moved(), recount.reopened(), recount.background(), recount.done());
  }
}
