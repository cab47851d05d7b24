package org.xinfang.holiday;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xinfang.deadline.ChinaTime;

/**
 * The days off that 《全国年节及纪念日放假办法》 (as revised by the State Council on 2024-11-10,
 * Art. 2) gives every year, known before the General Office's notice for the year appears: 元旦 on
 * January 1, 春节 from 农历除夕 to 正月初三, 清明节 on the day of the solar term, 劳动节 on May 1 and 2,
 * 端午节 on the 5th of the 5th lunar month, 中秋节 on the 15th of the 8th, 国庆节 from October 1 to 3.
 * What only the notice fixes — the bridging days and the weekend days worked (调休) — is not here.
 *
 * <p>Lunar months are numbered by ICU4J's Chinese calendar and begin on the China day of their new
 * moon ({@link NewMoons}); 清明 is the day, in China Standard Time, on which the sun reaches ecliptic
 * longitude 15°, found with ICU4J's astronomer.
 */
final class StatutoryHolidays {

  static final String LAW = "《全国年节及纪念日放假办法》第二条";

  private static final double QINGMING_LONGITUDE = Math.toRadians(15);

  private StatutoryHolidays() {}

  /** The statutory days off of {@code year}, in date order; a day two holidays share (中秋 on 10-03) once, with both names. */
  static List<SpecialDay> of(int year) {
    List<SpecialDay> days = new ArrayList<>();
    days.add(off(LocalDate.of(year, 1, 1), "元旦"));
    LocalDate newYear = lunar(year, 1, 1);
    newYear.minusDays(1).datesUntil(newYear.plusDays(3)).forEach(day -> days.add(off(day, "春节")));
    days.add(off(qingming(year), "清明节"));
    days.add(off(LocalDate.of(year, 5, 1), "劳动节"));
    days.add(off(LocalDate.of(year, 5, 2), "劳动节"));
    days.add(off(lunar(year, 5, 5), "端午节"));
    days.add(off(lunar(year, 8, 15), "中秋节"));
    LocalDate.of(year, 10, 1).datesUntil(LocalDate.of(year, 10, 4)).forEach(day -> days.add(off(day, "国庆节")));
    Map<LocalDate, String> names = new TreeMap<>();
    days.forEach(day -> names.merge(day.date(), day.holiday(), (first, second) -> second + "、" + first));
    return names.entrySet().stream().map(day -> off(day.getKey(), day.getValue())).toList();
  }

  /**
   * The Gregorian day of a day of a (non-leap) lunar month in the lunar year that begins in
   * {@code year}: ICU4J numbers the months, the month begins on the day of its new moon.
   */
  static LocalDate lunar(int year, int month, int dayOfMonth) {
    return NewMoons.nearest(icuLunar(year, month, 1)).plusDays(dayOfMonth - 1L);
  }

  private static LocalDate icuLunar(int year, int month, int dayOfMonth) {
    ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE);
    chinese.setTimeInMillis(LocalDate.of(year, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    int lunarYear = chinese.get(ChineseCalendar.EXTENDED_YEAR);
    chinese.clear();
    chinese.set(ChineseCalendar.EXTENDED_YEAR, lunarYear);
    chinese.set(ChineseCalendar.MONTH, month - 1);
    chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    chinese.set(ChineseCalendar.DAY_OF_MONTH, dayOfMonth);
    return Instant.ofEpochMilli(chinese.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The day of the solar term 清明 in China Standard Time. */
  static LocalDate qingming(int year) {
    CalendarAstronomer astronomer = new CalendarAstronomer(
        LocalDate.of(year, 3, 1).atStartOfDay(ChinaTime.ZONE).toInstant().toEpochMilli());
    return ChinaTime.dayOf(Instant.ofEpochMilli(astronomer.getSunTime(QINGMING_LONGITUDE, true)));
  }

  private static SpecialDay off(LocalDate date, String holiday) {
    return new SpecialDay(date, DayType.OFF, holiday);
  }
}
