package org.xinfang.notification;

import java.util.TimeZone;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.xinfang.deadline.ChinaTime;

/**
 * Every node delivers the outbox on its own schedule ({@code xinfang.notification.poller.*});
 * the row claim keeps nodes on one database from delivering the same notification. Each morning
 * every node also looks whether next year's holiday schedule is missing ({@link MissingScheduleNotices}).
 * Both are switched off in tests, which run them themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class OutboxPoller implements SchedulingConfigurer {

  /** Every morning at nine, China time. */
  private static final String EACH_MORNING = "0 0 9 * * *";

  private final OutboxDispatcher dispatcher;
  private final MissingScheduleNotices missingSchedules;
  private final NotificationProperties properties;

  OutboxPoller(OutboxDispatcher dispatcher, MissingScheduleNotices missingSchedules,
      NotificationProperties properties) {
    this.dispatcher = dispatcher;
    this.missingSchedules = missingSchedules;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (properties.poller().enabled()) {
      registrar.addFixedDelayTask(dispatcher::dispatchPending, properties.poller().interval());
    }
    if (properties.scheduleReminder()) {
      registrar.addCronTask(new CronTask(missingSchedules::remindIfMissing,
          new CronTrigger(EACH_MORNING, TimeZone.getTimeZone(ChinaTime.ZONE))));
    }
  }
}
