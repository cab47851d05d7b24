package org.xinfang.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every node delivers the outbox on its own schedule ({@code xinfang.notification.poller.*});
 * the row claim keeps nodes on one database from delivering the same notification. Switched off
 * in tests, which run the {@link OutboxDispatcher} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class OutboxPoller implements SchedulingConfigurer {

  private final OutboxDispatcher dispatcher;
  private final NotificationProperties properties;

  OutboxPoller(OutboxDispatcher dispatcher, NotificationProperties properties) {
    this.dispatcher = dispatcher;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (properties.poller().enabled()) {
      registrar.addFixedDelayTask(dispatcher::dispatchPending, properties.poller().interval());
    }
  }
}
