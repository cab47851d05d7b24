package org.xinfang.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Legal days are days in China Standard Time, whatever the server's own time zone. */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A legal day as notices and the timeline write it: 2026年2月24日. Formats dates and instants. */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZONE);

  private ChinaTime() {}

  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** The weekday as a Chinese calendar prints it: 星期一 to 星期日. */
  public static String weekday(LocalDate day) {
    return "星期" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
  }

  /** The last second of a legal day: a step taken before it is on time. */
  public static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
  }
}
