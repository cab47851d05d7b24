package org.xinfang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.Roles;

/**
 * From October the administrators are told, through the outbox, that next year's schedule is
 * missing: once a week at most, and not before October. 2035 stands for a year no test loads.
 */
@PostgresIntegrationTest
class MissingScheduleNoticesIT {

  private static final String SUBJECT = "2035年节假日安排尚未录入";

  @Autowired MissingScheduleNotices notices;
  @Autowired NotificationRepository outbox;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fromOctoberTheAdministratorsAreToldOnceAWeekThatNextYearsNoticeIsMissing() {
    clockAt("2034-09-30T09:00");
    assertThat(notices.remindIfMissing()).as("September: not yet awaited").isFalse();

    clockAt("2034-10-01T09:00");
    assertThat(notices.remindIfMissing()).isTrue();
    clockAt("2034-10-02T09:00");
    assertThat(notices.remindIfMissing()).as("the next morning: told already this week").isFalse();
    clockAt("2034-10-08T09:05");
    assertThat(notices.remindIfMissing()).as("a week later, still missing").isTrue();

    List<Notification> sent = outbox.findByCaseIdIsNullOrderByIdAsc().stream()
        .filter(notification -> notification.getSubject().equals(SUBJECT)).toList();
    assertThat(sent).hasSize(2).allSatisfy(notification -> {
      assertThat(notification.getCaseId()).isNull();
      assertThat(notification.getRecipientKind()).isEqualTo(RecipientKind.GROUP);
      assertThat(notification.getRecipient()).isEqualTo(Roles.ADMINISTRATORS);
      assertThat(notification.getChannel()).isEqualTo(NotificationChannel.EMAIL);
      assertThat(notification.getBody()).contains("国务院办公厅关于2035年部分节假日安排的通知尚未录入系统")
          .containsPattern("目前已有\\d+个运行中的期限、提醒和督办计时器在2035年届满");
    });
  }

  private static void clockAt(String chinaDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(chinaDateTime).atZone(ChinaTime.ZONE).toInstant()));
  }
}
