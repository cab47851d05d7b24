package org.xinfang.notification;

/**
 * Delivers notifications of some channels: an SMTP server for e-mail, an SMS gateway, a print
 * queue. A sender is a Spring bean; for each notification the {@link OutboxDispatcher} takes the
 * first sender, in {@code @Order}, that delivers its channel, and the log when none does.
 */
interface NotificationSender {

  boolean delivers(NotificationChannel channel);

  /**
   * Delivers one notification, or throws: the attempt is then recorded as failed and retried.
   * The same notification may come again after a crash between delivery and its record, so a
   * sender that can should pass {@link Notification#getId()} on to its service to drop repeats.
   */
  void send(Notification notification) throws Exception;
}
