package org.xinfang.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinfang.EmbeddedPostgresInitializer;
import org.xinfang.deadline.CalendarDay;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;

/**
 * The calendar as shipped: the migrations run, without the application, into an empty database of
 * this test's own on the tests' embedded PostgreSQL, and the days and legal limits are checked
 * against the State Council's notices for 2025 and 2026.
 */
@ExtendWith(OutputCaptureExtension.class)
class HolidayCalendarTest {

  private static HolidaySchedules schedules;
  private static DueDateCalculator calculator;

  @BeforeAll
  static void migrate() {
    DataSource database = EmbeddedPostgresInitializer.freshDatabase();
    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    schedules = new HolidaySchedules(JdbcClient.create(database));
    calculator = new DueDateCalculator(new HolidayCalendar(schedules));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0}: working {1}, {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # day      | working | holiday
      2025-01-01 | false   | 元旦
      2025-01-02 | true    | -
      2025-01-26 | true    | 春节
      2025-01-27 | true    | -
      2025-01-28 | false   | 春节
      2025-02-01 | false   | 春节
      2025-02-04 | false   | 春节
      2025-02-05 | true    | -
      2025-02-08 | true    | 春节
      2025-02-09 | false   | -
      2025-04-04 | false   | 清明节
      2025-04-06 | false   | 清明节
      2025-04-07 | true    | -
      2025-04-27 | true    | 劳动节
      2025-05-01 | false   | 劳动节
      2025-05-05 | false   | 劳动节
      2025-05-06 | true    | -
      2025-05-31 | false   | 端午节
      2025-06-02 | false   | 端午节
      2025-06-03 | true    | -
      2025-09-28 | true    | 国庆节、中秋节
      2025-09-30 | true    | -
      2025-10-01 | false   | 国庆节、中秋节
      2025-10-06 | false   | 国庆节、中秋节
      2025-10-08 | false   | 国庆节、中秋节
      2025-10-09 | true    | -
      2025-10-11 | true    | 国庆节、中秋节
      2025-10-12 | false   | -
      2026-01-01 | false   | 元旦
      2026-01-03 | false   | 元旦
      2026-01-04 | true    | 元旦
      2026-01-05 | true    | -
      2026-02-13 | true    | -
      2026-02-14 | true    | 春节
      2026-02-15 | false   | 春节
      2026-02-17 | false   | 春节
      2026-02-23 | false   | 春节
      2026-02-24 | true    | -
      2026-02-28 | true    | 春节
      2026-03-01 | false   | -
      2026-04-03 | true    | -
      2026-04-04 | false   | 清明节
      2026-04-06 | false   | 清明节
      2026-04-07 | true    | -
      2026-05-01 | false   | 劳动节
      2026-05-05 | false   | 劳动节
      2026-05-06 | true    | -
      2026-05-09 | true    | 劳动节
      2026-05-10 | false   | -
      2026-06-19 | false   | 端午节
      2026-06-21 | false   | 端午节
      2026-06-22 | true    | -
      2026-09-20 | true    | 国庆节
      2026-09-25 | false   | 中秋节
      2026-09-27 | false   | 中秋节
      2026-09-28 | true    | -
      2026-10-01 | false   | 国庆节
      2026-10-07 | false   | 国庆节
      2026-10-08 | true    | -
      2026-10-10 | true    | 国庆节
      2026-10-11 | false   | -
      """)
  void theOfficialScheduleDecidesEachDay(LocalDate day, boolean working, String holiday) {
    CalendarDay looked = new HolidayCalendar(schedules).day(day);

    assertThat(looked.working()).isEqualTo(working);
    assertThat(looked.holiday()).isEqualTo(holiday);
    assertThat(looked.official()).isTrue();
  }

  @Test
  void eachShippedYearNamesItsNoticeAndHasAllItsDays() {
    assertThat(schedules.years()).containsExactly(2025, 2026);

    YearSchedule year2025 = schedules.find(2025).orElseThrow();
    assertThat(year2025.notice()).contains("2025年部分节假日安排", "国办发明电〔2024〕12号");
    assertThat(year2025.count(DayType.OFF)).isEqualTo(28);
    assertThat(year2025.count(DayType.WORK)).isEqualTo(5);

    YearSchedule year2026 = schedules.find(2026).orElseThrow();
    assertThat(year2026.notice()).contains("2026年部分节假日安排", "2025年11月4日");
    assertThat(year2026.count(DayType.OFF)).isEqualTo(33);
    assertThat(year2026.count(DayType.WORK)).isEqualTo(6);
    assertThat(year2026.days()).extracting(SpecialDay::date).isSorted();
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(delimiter = '|', textBlock = """
      # event day | counting      | length | last day   | what it shows
      2026-07-06  | CALENDAR_DAYS | 15     | 2026-07-21 | 15 days with no holiday near
      2026-01-23  | CALENDAR_DAYS | 30     | 2026-02-24 | 30 days end Sun 2026-02-22 in the Spring Festival break
      2026-02-01  | CALENDAR_DAYS | 15     | 2026-02-24 | 15 days end Mon 2026-02-16 in the Spring Festival break
      2025-01-20  | CALENDAR_DAYS | 15     | 2025-02-05 | 15 days end Tue 2025-02-04, the break's last day
      2026-01-29  | CALENDAR_DAYS | 30     | 2026-02-28 | 30 days end on Sat 2026-02-28, a working Saturday
      2025-03-20  | CALENDAR_DAYS | 15     | 2025-04-07 | 15 days end Fri 2025-04-04, Qingming
      2026-03-20  | CALENDAR_DAYS | 15     | 2026-04-07 | 15 days end Sat 2026-04-04, Qingming runs to Monday
      2025-04-16  | CALENDAR_DAYS | 15     | 2025-05-06 | 15 days end Thu 2025-05-01, Labour Day
      2026-03-02  | CALENDAR_DAYS | 60     | 2026-05-06 | 60 days end Fri 2026-05-01, Labour Day
      2025-04-01  | CALENDAR_DAYS | 60     | 2025-06-03 | 60 days end Sat 2025-05-31, Dragon Boat
      2026-04-20  | CALENDAR_DAYS | 60     | 2026-06-22 | 60 days end Fri 2026-06-19, Dragon Boat
      2026-07-27  | CALENDAR_DAYS | 60     | 2026-09-28 | 60 days end Fri 2026-09-25, Mid-Autumn
      2025-09-08  | CALENDAR_DAYS | 30     | 2025-10-09 | a 30-day extension of a limit due 2025-09-08 ends in National Day
      2026-09-01  | CALENDAR_DAYS | 30     | 2026-10-08 | 30 days end Thu 2026-10-01, National Day
      2026-09-28  | WORKING_DAYS  | 5      | 2026-10-10 | 5 working days across National Day 2026 end on a working Saturday
      2025-09-26  | WORKING_DAYS  | 5      | 2025-10-10 | 5 working days across National Day 2025 count the working Sunday
      2026-09-17  | WORKING_DAYS  | 5      | 2026-09-23 | 5 working days count the working Sunday 2026-09-20
      2025-01-24  | WORKING_DAYS  | 5      | 2025-02-07 | 5 working days across the 2025 Spring Festival
      2026-02-13  | WORKING_DAYS  | 5      | 2026-02-27 | 5 working days count Sat 2026-02-14, not the break
      """)
  void everyLimitOfTheLawEndsOnAWorkingDayOfTheSchedule(LocalDate eventDay, Counting counting, int length,
      LocalDate lastDay, String whatItShows) {
    DueDate due = counting == Counting.CALENDAR_DAYS
        ? calculator.countDays(eventDay, length)
        : calculator.countWorkingDays(eventDay, length);

    assertThat(due.lastDay()).isEqualTo(lastDay);
    assertThat(due.provisionalYears()).isEmpty();
  }

  @Test
  void theWorkedExampleSaysWhichHolidayMovedTheLimit() {
    DueDate due = calculator.countDays(LocalDate.parse("2026-01-23"), 30);

    assertThat(due.nominalLastDay()).isEqualTo(LocalDate.parse("2026-02-22"));
    assertThat(due.lastDay()).isEqualTo(LocalDate.parse("2026-02-24"));
    assertThat(due.moved()).isTrue();
    assertThat(due.skipped()).extracting(CalendarDay::date, CalendarDay::holiday).containsExactly(
        tuple(LocalDate.parse("2026-02-22"), "春节"),
        tuple(LocalDate.parse("2026-02-23"), "春节"));
    assertThat(due.weekendsWorked()).isEmpty();
    assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-02-24T15:59:59Z"));
  }

  @Test
  void workingDaysAcrossNationalDaySkipTheBreakAndCountTheWorkingSaturday() {
    DueDate due = calculator.countWorkingDays(LocalDate.parse("2026-09-28"), 5);

    assertThat(due.skipped()).extracting(CalendarDay::date)
        .containsExactlyElementsOf(LocalDate.parse("2026-10-01").datesUntil(LocalDate.parse("2026-10-08")).toList());
    assertThat(due.skipped()).extracting(CalendarDay::holiday).containsOnly("国庆节");
    assertThat(due.weekendsWorked()).extracting(CalendarDay::date, CalendarDay::holiday)
        .containsExactly(tuple(LocalDate.parse("2026-10-10"), "国庆节"));
    assertThat(due.moved()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026})
  void everyStatutoryDayOffComputedBeforeTheNoticeIsADayOffOfTheNotice(int year) {
    Map<LocalDate, String> notice = schedules.find(year).orElseThrow().days().stream()
        .filter(day -> day.type() == DayType.OFF)
        .collect(Collectors.toMap(SpecialDay::date, SpecialDay::holiday));
    assertThat(StatutoryHolidays.of(year)).allSatisfy(day -> {
      assertThat(notice).containsKey(day.date());
      assertThat(notice.get(day.date())).contains(day.holiday().split("、")[0]);
    });
    // 1 + 4 + 1 + 2 + 1 + 1 + 3 statutory days, on fewer dates when 中秋 falls within 国庆
    assertThat(StatutoryHolidays.of(year).stream().mapToInt(day -> day.holiday().split("、").length).sum())
        .isEqualTo(13);
  }

  @Test
  void aYearWithoutAScheduleRestsOnItsStatutoryHolidaysProvisionallyAndSaysSoOnce(CapturedOutput output) {
    DueDateCalculator onAFreshCalendar = new DueDateCalculator(new HolidayCalendar(schedules));

    // Fri 2027-01-01 is 元旦 by the law before any notice: the period runs past the weekend to Mon 01-04.
    DueDate newYear = onAFreshCalendar.countDays(LocalDate.parse("2026-12-17"), 15);
    assertThat(newYear.lastDay()).isEqualTo(LocalDate.parse("2027-01-04"));
    assertThat(newYear.provisionalYears()).containsExactly(2027);
    assertThat(newYear.skipped()).extracting(CalendarDay::date, CalendarDay::holiday, CalendarDay::official)
        .containsExactly(tuple(LocalDate.parse("2027-01-01"), "元旦", false),
            tuple(LocalDate.parse("2027-01-02"), null, false), tuple(LocalDate.parse("2027-01-03"), null, false));
    // A reply limit of 60 days from 2026-12-07 ends on 除夕 (Fri 2027-02-05): 春节 runs to 初三, Mon 02-08.
    DueDate springFestival = onAFreshCalendar.countDays(LocalDate.parse("2026-12-07"), 60);
    assertThat(springFestival.nominalLastDay()).isEqualTo(LocalDate.parse("2027-02-05"));
    assertThat(springFestival.lastDay()).isEqualTo(LocalDate.parse("2027-02-09"));
    assertThat(springFestival.skipped()).extracting(CalendarDay::holiday)
        .containsExactly("春节", "春节", "春节", "春节");
    // Counts that stay in 2026 are official.
    assertThat(onAFreshCalendar.countDays(LocalDate.parse("2026-12-01"), 15).provisionalYears()).isEmpty();

    assertThat(output.getOut().split("No official holiday schedule for 2027", -1)).hasSize(2);
  }

  @Test
  void aCorrectionCountsFromTheNextPeriodOn() {
    // 2029 is not loaded: 15 days from Thu 2029-09-20 end on Fri 10-05, a working day by the weekend alone.
    assertThat(calculator.countDays(LocalDate.parse("2029-09-20"), 15).lastDay()).isEqualTo(LocalDate.parse("2029-10-05"));

    schedules.replace(2029, "国务院办公厅关于2029年部分节假日安排的通知（测试）",
        LocalDate.parse("2029-10-01").datesUntil(LocalDate.parse("2029-10-08"))
            .map(day -> new SpecialDay(day, DayType.OFF, "国庆节")).toList(),
        "test.admin", Instant.parse("2028-11-10T02:00:00Z"));

    DueDate corrected = calculator.countDays(LocalDate.parse("2029-09-20"), 15);
    assertThat(corrected.lastDay()).isEqualTo(LocalDate.parse("2029-10-08"));
    assertThat(corrected.provisionalYears()).isEmpty();
    assertThat(schedules.find(2029).orElseThrow().loadedBy()).isEqualTo("test.admin");

    schedules.replace(2029, "国务院办公厅关于2029年部分节假日安排的通知（测试，更正）",
        List.of(new SpecialDay(LocalDate.parse("2029-10-01"), DayType.OFF, "国庆节")),
        "test.admin", Instant.parse("2028-11-11T02:00:00Z"));

    assertThat(calculator.countDays(LocalDate.parse("2029-09-20"), 15).lastDay()).isEqualTo(LocalDate.parse("2029-10-05"));
    assertThat(schedules.find(2029).orElseThrow().days()).hasSize(1);
  }

  @Test
  void healthNamesTheYearsLoadedAndWarnsWhenThisYearOrFromOctoberNextYearIsMissing() {
    HolidayCalendarHealthIndicator indicator = new HolidayCalendarHealthIndicator(schedules, year -> year * 10L);

    // 2024-12-31T16:30Z is already New Year's Day 2025 in China: 2025 and 2026 are both loaded.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-12-31T16:30:00Z")));
    Health newYear2025 = indicator.health();
    assertThat(newYear2025.getStatus()).isEqualTo(Status.UP);
    assertThat(newYear2025.getDetails()).containsEntry("missingYears", List.of()).doesNotContainKey("warning");

    // Until the end of September next year's notice is not yet due.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T15:59:59Z")));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

    // From October 1 in China, a case registered today already has limits in 2027, and the notice is due.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T16:00:00Z")));
    Health october2026 = indicator.health();
    assertThat(october2026.getStatus()).isEqualTo(Status.UNKNOWN);
    assertThat(october2026.getDetails()).containsEntry("missingYears", List.of(2027))
        .containsEntry("timersDueInMissingYears", Map.of(2027, 20270L));
    assertThat(october2026.getDetails().get("loadedYears").toString()).contains("2025", "2026");
    assertThat(october2026.getDetails().get("warning").toString())
        .startsWith("2027年（已有20270个运行中的期限计时器在该年届满）的节假日安排尚未录入")
        .contains("暂按法定节假日");

    // A year whose own schedule is missing is missing whatever the month.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T02:00:00Z")));
    assertThat(indicator.health().getDetails()).containsEntry("missingYears", List.of(2027));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-10-08T02:00:00Z")));
    assertThat(indicator.health().getDetails()).containsEntry("missingYears", List.of(2027, 2028));
  }
}
