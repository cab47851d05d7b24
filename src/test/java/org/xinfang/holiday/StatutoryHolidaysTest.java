package org.xinfang.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statutory days off computed before a year's notice, checked against sources that do not come
 * from the computation: for 2027 and 2028 the Gregorian–lunar conversion tables of the Hong
 * Kong Observatory (公历与农历日期对照表) for 正月初一, 端午 and 中秋, and its table of solar terms
 * (二十四节气) for 清明. For 2025 and 2026, {@code HolidayCalendarTest} checks them against the State
 * Council's notices.
 */
class StatutoryHolidaysTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2027 | 元旦   | 2027-01-01
      2027 | 春节   | 2027-02-05 2027-02-06 2027-02-07 2027-02-08
      2027 | 清明节 | 2027-04-05
      2027 | 劳动节 | 2027-05-01 2027-05-02
      2027 | 端午节 | 2027-06-09
      2027 | 中秋节 | 2027-09-15
      2027 | 国庆节 | 2027-10-01 2027-10-02 2027-10-03
      2028 | 元旦   | 2028-01-01
      2028 | 春节   | 2028-01-25 2028-01-26 2028-01-27 2028-01-28
      2028 | 清明节 | 2028-04-04
      2028 | 劳动节 | 2028-05-01 2028-05-02
      2028 | 端午节 | 2028-05-28
      2028 | 中秋节 | 2028-10-03
      2028 | 国庆节 | 2028-10-01 2028-10-02 2028-10-03
      """)
  void eachStatutoryHolidayOf2027And2028FallsOnItsPublishedDays(int year, String holiday, String days) {
    List<LocalDate> expected = Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
    assertThat(StatutoryHolidays.of(year))
        .filteredOn(day -> List.of(day.holiday().split("、")).contains(holiday))
        .extracting(SpecialDay::date)
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030, 2035, 2040, 2050})
  void everyYearHasThirteenStatutoryDaysOffAndNoOtherDay(int year) {
    List<SpecialDay> days = StatutoryHolidays.of(year);
    assertThat(days).allSatisfy(day -> {
      assertThat(day.date().getYear()).isEqualTo(year);
      assertThat(day.type()).isEqualTo(DayType.OFF);
    });
    assertThat(days.stream().flatMap(day -> List.of(day.holiday().split("、")).stream())
        .collect(Collectors.groupingBy(name -> name, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of("元旦", 1L, "春节", 4L, "清明节", 1L, "劳动节", 2L, "端午节", 1L,
            "中秋节", 1L, "国庆节", 3L));
  }
}
