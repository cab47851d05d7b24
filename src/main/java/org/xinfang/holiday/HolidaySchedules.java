package org.xinfang.holiday;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored schedules. Plain SQL: dates are bound as {@link LocalDate}, so no time zone of the
 * server or the driver can shift a holiday by a day.
 */
@Repository
class HolidaySchedules {

  private static final String SELECT = """
      select s.calendar_year, s.notice, s.loaded_at, s.loaded_by, d.calendar_date, d.day_type, d.holiday
      from holiday_schedule s left join holiday_schedule_day d on d.calendar_year = s.calendar_year
      """;

  private final JdbcClient jdbc;

  HolidaySchedules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<YearSchedule> find(int year) {
    return select(jdbc.sql(SELECT + "where s.calendar_year = ? order by d.calendar_date").param(year))
        .stream().findFirst();
  }

  List<YearSchedule> all() {
    return select(jdbc.sql(SELECT + "order by s.calendar_year, d.calendar_date"));
  }

  SortedSet<Integer> years() {
    return new TreeSet<>(jdbc.sql("select calendar_year from holiday_schedule").query(Integer.class).list());
  }

  /** Replaces the year's schedule as a whole; true if the year had none before. */
  @Transactional
  boolean replace(int year, String notice, List<SpecialDay> days, String loadedBy, Instant loadedAt) {
    OffsetDateTime at = loadedAt.atOffset(ZoneOffset.UTC);
    boolean created = jdbc.sql("update holiday_schedule set notice = ?, loaded_at = ?, loaded_by = ? where calendar_year = ?")
        .params(notice, at, loadedBy, year).update() == 0;
    if (created) {
      jdbc.sql("insert into holiday_schedule (calendar_year, notice, loaded_at, loaded_by) values (?, ?, ?, ?)")
          .params(year, notice, at, loadedBy).update();
    }
    jdbc.sql("delete from holiday_schedule_day where calendar_year = ?").param(year).update();
    for (SpecialDay day : days) {
      jdbc.sql("insert into holiday_schedule_day (calendar_date, calendar_year, day_type, holiday) values (?, ?, ?, ?)")
          .params(day.date(), year, day.type().name(), day.holiday()).update();
    }
    return created;
  }

  private static List<YearSchedule> select(JdbcClient.StatementSpec statement) {
    Map<Integer, List<Row>> byYear = statement.query(HolidaySchedules::row).list().stream()
        .collect(Collectors.groupingBy(Row::year, LinkedHashMap::new, Collectors.toList()));
    return byYear.values().stream().map(rows -> {
      Row first = rows.get(0);
      List<SpecialDay> days = rows.stream().map(Row::day).filter(Objects::nonNull).toList();
      return new YearSchedule(first.year(), first.notice(), days, first.loadedAt(), first.loadedBy());
    }).toList();
  }

  /** One special day with its year's header; a year without special days gives one row without a day. */
  private record Row(int year, String notice, Instant loadedAt, String loadedBy, SpecialDay day) {}

  private static Row row(ResultSet result, int number) throws SQLException {
    LocalDate date = result.getObject("calendar_date", LocalDate.class);
    return new Row(result.getInt("calendar_year"), result.getString("notice"),
        result.getObject("loaded_at", OffsetDateTime.class).toInstant(), result.getString("loaded_by"),
        date == null ? null
            : new SpecialDay(date, DayType.valueOf(result.getString("day_type")), result.getString("holiday")));
  }
}
