package org.xinfang.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Legal days are days in China Standard Time, whatever the server's own time zone. */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaTime() {}

  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** The last second of a legal day: a step taken before it is on time. */
  public static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
  }
}
