package org.xinfang.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinfang.notification.*}: how the outbox is delivered. E-mail goes through SMTP once
 * {@code spring.mail.host} is set (Spring Boot's {@code spring.mail.*} properties).
 *
 * @param poller whether this node delivers the outbox, and how long it rests between rounds
 * @param batchSize the most notifications one round delivers
 * @param maxAttempts attempts before a notification is given up as failed
 * @param retryDelay the wait after a failed attempt
 * @param email the sender address of e-mail
 * @param scheduleReminder whether this node tells the administrators, each morning from October,
 *     that next year's holiday schedule is still missing (at most once a week, whichever node runs first)
 */
@ConfigurationProperties("xinfang.notification")
record NotificationProperties(
    @DefaultValue Poller poller,
    @DefaultValue("50") int batchSize,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("PT10M") Duration retryDelay,
    @DefaultValue Email email,
    @DefaultValue("true") boolean scheduleReminder) {

  record Poller(@DefaultValue("true") boolean enabled, @DefaultValue("PT30S") Duration interval) {}

  record Email(String from) {}
}
