package org.xinfang.notification;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.holiday.AwaitedSchedules;
import org.xinfang.holiday.AwaitedSchedules.MissingYear;
import org.xinfang.organization.Roles;

/**
 * Tells the administrators, from October, that next year's holiday schedule is not loaded yet, and
 * how many running timers already fall due in that year, counted on its statutory holidays
 * provisionally: an e-mail through the outbox to {@code camunda-admin}, a notice of no case. Once a
 * week at most while the year is missing, whichever node looks first: the nodes take turns on a
 * lock of the database, so two never both write it.
 */
@Component
class MissingScheduleNotices {

  static final String TITLE = "节假日安排录入提醒";
  private static final Duration REPEATED_AFTER = Duration.ofDays(7);
  /** The key of the PostgreSQL advisory lock the nodes take turns on. */
  private static final long LOCK = 20_270_101L;

  private final AwaitedSchedules awaited;
  private final NotificationRepository outbox;
  private final JdbcClient jdbc;

  MissingScheduleNotices(AwaitedSchedules awaited, NotificationRepository outbox, JdbcClient jdbc) {
    this.awaited = awaited;
    this.outbox = outbox;
    this.jdbc = jdbc;
  }

  /** @return whether a notice was written now */
  @Transactional
  public boolean remindIfMissing() {
    Instant now = EngineClock.now();
    return awaited.nextYearMissing(ChinaTime.dayOf(now)).map(missing -> {
      jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) locked").param(LOCK).query(Integer.class).single();
      String subject = missing.year() + "年节假日安排尚未录入";
      if (outbox.existsByCaseIdIsNullAndSubjectAndCreatedAtAfter(subject, now.minus(REPEATED_AFTER))) {
        return false;
      }
      outbox.save(new Notification(null, TITLE, RecipientKind.GROUP, Roles.ADMINISTRATORS, NotificationChannel.EMAIL,
          null, subject, body(missing), now));
      return true;
    }).orElse(false);
  }

  static String body(MissingYear missing) {
    return "系统管理员：国务院办公厅关于" + missing.year() + "年部分节假日安排的通知尚未录入系统。目前已有"
        + missing.timersDue() + "个运行中的期限、提醒和督办计时器在" + missing.year() + "年届满，暂按法定节假日和周六、"
        + "周日休息计算，调休安排公布后可能变动。通知发布后，请及时通过 PUT /api/holiday-calendar/" + missing.year()
        + " 录入；录入后，涉及该年度的运行中期限将按新安排重新计算。";
  }
}
