package org.xinfang.statistics;

import java.time.Instant;
import java.time.LocalDate;
import org.xinfang.deadline.ChinaTime;

/** A calendar period in China time, both days included. */
public record Period(LocalDate from, LocalDate to, String label) {

  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + "年");
  }

  public static Period quarter(int year, int quarter) {
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    return new Period(first, first.plusMonths(3).minusDays(1), year + "年第" + quarter + "季度");
  }

  public static Period month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new Period(first, first.plusMonths(1).minusDays(1), year + "年" + month + "月");
  }

  public static Period between(LocalDate from, LocalDate to) {
    return new Period(from, to, ChinaTime.DAY.format(from) + "至" + ChinaTime.DAY.format(to));
  }

  /** The first moment of the period. */
  public Instant start() {
    return from.atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  /** The first moment after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  /** The same days a year before, for the year-on-year change. */
  public Period yearBefore() {
    return new Period(from.minusYears(1), to.minusYears(1), "上年同期");
  }

  /** The part of this period in the month that begins on {@code first}. */
  Period monthWithin(LocalDate first) {
    LocalDate last = first.plusMonths(1).minusDays(1);
    return new Period(first.isBefore(from) ? from : first, last.isAfter(to) ? to : last,
        first.getYear() + "年" + first.getMonthValue() + "月");
  }
}
