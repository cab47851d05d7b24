package org.xinfang.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Due dates as 民法典 Art. 201 and 203 count them, in China Standard Time. */
class DueDateCalculatorTest {

  private final DueDateCalculator calculator = new DueDateCalculator(new WeekendCalendar());

  @Test
  void theDayOfTheEventIsNotCounted() {
    // Mon 2026-07-06: day 1 is Tue 07-07, day 15 is Tue 07-21.
    assertThat(calculator.afterDays(china("2026-07-06T10:00"), 15)).isEqualTo(endOf("2026-07-21"));
    assertThat(calculator.afterDays(china("2026-07-06T00:00"), 1)).isEqualTo(endOf("2026-07-07"));
    assertThat(calculator.afterDays(china("2026-07-06T23:59"), 1)).isEqualTo(endOf("2026-07-07"));
  }

  @Test
  void aPeriodEndingOnASaturdayOrSundayRunsToTheMonday() {
    // Fri 2026-07-03 + 15 days: Sat 07-18.
    assertThat(calculator.afterDays(china("2026-07-03T10:00"), 15)).isEqualTo(endOf("2026-07-20"));
    // Tue 2026-07-14 + 26 days: Sun 08-09.
    assertThat(calculator.afterDays(china("2026-07-14T15:00"), 26)).isEqualTo(endOf("2026-08-10"));
    // Tue 2026-07-14 + 60 days: Sat 09-12.
    assertThat(calculator.afterDays(china("2026-07-14T15:00"), 60)).isEqualTo(endOf("2026-09-14"));
  }

  @Test
  void aPeriodEndingOnARestDayOfTheHolidayScheduleRunsToTheNextWorkingDay() {
    // 2026 Spring Festival: off Feb 15-23, Sat Feb 14 and Sat Feb 28 worked.
    DueDateCalculator withHolidays = new DueDateCalculator(
        holidayBreak("2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28"));

    // The worked example of the domain brief: Fri 2026-01-23 + 30 days is Sun 02-22, in the break.
    assertThat(withHolidays.afterDays(china("2026-01-23T10:00"), 30)).isEqualTo(endOf("2026-02-24"));
    // Working days: Sat 02-14 counts, the break does not.
    assertThat(withHolidays.afterWorkingDays(china("2026-02-13T10:00"), 5)).isEqualTo(endOf("2026-02-27"));
  }

  @Test
  void workingDaysSkipWeekends() {
    // Fri 2026-07-10: Mon 07-13 to Fri 07-17.
    assertThat(calculator.afterWorkingDays(china("2026-07-10T09:00"), 5)).isEqualTo(endOf("2026-07-17"));
    // Wed 2026-07-15: Thu, Fri, Mon, Tue, Wed.
    assertThat(calculator.afterWorkingDays(china("2026-07-15T09:00"), 5)).isEqualTo(endOf("2026-07-22"));
    // An event on Sat 2026-07-11: the first working day is Mon 07-13.
    assertThat(calculator.afterWorkingDays(china("2026-07-11T09:00"), 1)).isEqualTo(endOf("2026-07-13"));
  }

  @Test
  void aReminderDayIsCountedBackInWorkingDaysFromTheDueDay() {
    // Due Mon 2026-07-20: Fri 07-17, Thu 07-16, Wed 07-15.
    assertThat(calculator.workingDaysBefore(endOf("2026-07-20"), 3)).isEqualTo(startOf("2026-07-15"));
    // Due Wed 2026-07-22: Tue, Mon, then the weekend is skipped back to Fri 07-17.
    assertThat(calculator.workingDaysBefore(endOf("2026-07-22"), 3)).isEqualTo(startOf("2026-07-17"));
    assertThat(calculator.workingDaysBefore(endOf("2026-07-22"), 1)).isEqualTo(startOf("2026-07-21"));
    assertThatThrownBy(() -> calculator.workingDaysBefore(endOf("2026-07-22"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReminderDaySkipsTheHolidaysOfTheSchedule() {
    // 2026 National Day: off Oct 1-7, Sun Sep 20 and Sat Oct 10 worked.
    DueDateCalculator withHolidays = new DueDateCalculator(
        holidayBreak("2026-10-01", "2026-10-07", "2026-09-20", "2026-10-10"));

    // Due Fri 2026-10-09: Thu 10-08, then the break back to Wed 09-30 and Tue 09-29.
    assertThat(withHolidays.workingDaysBefore(endOf("2026-10-09"), 3)).isEqualTo(startOf("2026-09-29"));
    // Due Tue 2026-09-22: Mon 09-21, the worked Sun 09-20, Fri 09-18.
    assertThat(withHolidays.workingDaysBefore(endOf("2026-09-22"), 3)).isEqualTo(startOf("2026-09-18"));
  }

  @Test
  void anExtensionIsCountedFromTheDayAfterTheOldDueDate() {
    Instant due = endOf("2026-09-14");

    assertThat(calculator.extend(due, 10)).isEqualTo(endOf("2026-09-24"));
    // 12 days end on Sat 09-26.
    assertThat(calculator.extend(due, 12)).isEqualTo(endOf("2026-09-28"));
    assertThat(calculator.extend(due, 30)).isEqualTo(endOf("2026-10-14"));
  }

  @Test
  void aDueDateIsTheLastSecondOfItsDayInChina() {
    assertThat(calculator.afterDays(china("2026-07-06T10:00"), 15))
        .isEqualTo(Instant.parse("2026-07-21T15:59:59Z"));
  }

  @ParameterizedTest(name = "server in {0}")
  @ValueSource(strings = {"UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"})
  void daysAreChineseDaysWhateverTheServersTimeZone(String serverZone) {
    TimeZone serverDefault = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
    try {
      // Wed 2026-07-08 16:30 UTC is already Thu 07-09 00:30 in China.
      Instant lateEveningUtc = Instant.parse("2026-07-08T16:30:00Z");

      assertThat(calculator.afterDays(lateEveningUtc, 15)).isEqualTo(endOf("2026-07-24"));
      assertThat(calculator.afterWorkingDays(lateEveningUtc, 5)).isEqualTo(endOf("2026-07-16"));
      assertThat(calculator.afterDays(lateEveningUtc, 15)).isEqualTo(Instant.parse("2026-07-24T15:59:59Z"));
    } finally {
      TimeZone.setDefault(serverDefault);
    }
  }

  @Test
  void aPeriodHasAtLeastOneDay() {
    assertThatThrownBy(() -> calculator.afterDays(china("2026-07-06T10:00"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calculator.afterWorkingDays(china("2026-07-06T10:00"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant china(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ChinaTime.ZONE).toInstant();
  }

  private static Instant endOf(String day) {
    return ChinaTime.endOf(LocalDate.parse(day));
  }

  /** Weekends, with one break of the official schedule and the weekend days worked for it. */
  private static WorkingDayCalendar holidayBreak(String firstDayOff, String lastDayOff, String... weekendDaysWorked) {
    Set<LocalDate> worked = Stream.of(weekendDaysWorked).map(LocalDate::parse).collect(Collectors.toSet());
    LocalDate first = LocalDate.parse(firstDayOff);
    LocalDate last = LocalDate.parse(lastDayOff);
    return day -> new CalendarDay(day, worked.contains(day)
        || (new WeekendCalendar().day(day).working() && (day.isBefore(first) || day.isAfter(last))), null, true);
  }

  private static Instant startOf(String day) {
    return LocalDate.parse(day).atStartOfDay(ChinaTime.ZONE).toInstant();
  }
}
