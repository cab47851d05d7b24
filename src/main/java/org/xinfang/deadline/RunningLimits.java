package org.xinfang.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each limit's count began ({@link RunningLimit}), written with the limit in the transaction of
 * the step that starts it. Plain SQL with {@link LocalDate}s, so no time zone shifts a day.
 */
@Repository
public class RunningLimits {

  private final JdbcClient jdbc;
  private final DueDateCalculator calculator;

  RunningLimits(JdbcClient jdbc, DueDateCalculator calculator) {
    this.jdbc = jdbc;
    this.calculator = calculator;
  }

  /**
   * A limit of the case starts, or starts again, with the event of {@code eventDay}: counted, and
   * kept with where its count began, in place of the limit of the same owner and key.
   */
  public DueDate start(long caseId, String owner, String key, LocalDate eventDay, int length, Counting counting) {
    DueDate counted = calculator.count(eventDay, length, counting);
    started(caseId, owner, key, counted);
    return counted;
  }

  /** A limit counted elsewhere starts, or starts again: it replaces the limit of the same key. */
  public void started(long caseId, String owner, String key, DueDate counted) {
    jdbc.sql("""
            insert into running_limit (case_id, owner, limit_key, event_day, length, counting, extension_days, last_day)
            values (?, ?, ?, ?, ?, ?, null, ?)
            on conflict (case_id, owner, limit_key) do update set event_day = excluded.event_day,
                length = excluded.length, counting = excluded.counting, extension_days = null,
                last_day = excluded.last_day
            """)
        .params(caseId, owner, key, counted.eventDay(), counted.length(), counted.counting().name(), counted.lastDay())
        .update();
  }

  /** An approved extension of {@code days} calendar days after the limit's last day, now {@code lastDay}. */
  public void extended(long caseId, String owner, String key, int days, LocalDate lastDay) {
    jdbc.sql("update running_limit set extension_days = ?, last_day = ? where case_id = ? and owner = ? and limit_key = ?")
        .params(days, lastDay, caseId, owner, key)
        .update();
  }

  /**
   * The limits whose count may look at a day of {@code year}: begun before its end, ending in it or
   * later. Ordered by id, after {@code afterId} and up to {@code upToId}, at most {@code max}.
   */
  public List<RunningLimit> touching(int year, long afterId, long upToId, int max) {
    return jdbc.sql("select * from running_limit where id > ? and id <= ? and event_day < ? and last_day >= ? "
            + "order by id limit ?")
        .params(afterId, upToId, LocalDate.of(year + 1, 1, 1), LocalDate.of(year, 1, 1), max)
        .query(RunningLimits::row)
        .list();
  }

  public int countTouching(int year) {
    return jdbc.sql("select count(*) from running_limit where event_day < ? and last_day >= ?")
        .params(LocalDate.of(year + 1, 1, 1), LocalDate.of(year, 1, 1))
        .query(Integer.class)
        .single();
  }

  /** The limit now ends on {@code lastDay}. */
  public void moved(RunningLimit limit, LocalDate lastDay) {
    jdbc.sql("update running_limit set last_day = ? where id = ?").params(lastDay, limit.id()).update();
  }

  /** What the limit waited for is done: it no longer runs. */
  public void ended(RunningLimit limit) {
    jdbc.sql("delete from running_limit where id = ?").param(limit.id()).update();
  }

  private static RunningLimit row(ResultSet result, int number) throws SQLException {
    return new RunningLimit(result.getLong("id"), result.getLong("case_id"), result.getString("owner"),
        result.getString("limit_key"), result.getObject("event_day", LocalDate.class), result.getInt("length"),
        Counting.valueOf(result.getString("counting")), result.getObject("extension_days", Integer.class),
        result.getObject("last_day", LocalDate.class));
  }
}
