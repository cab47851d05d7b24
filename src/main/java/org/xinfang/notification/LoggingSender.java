package org.xinfang.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinfang.casefile.PersonalData;

/**
 * Delivers to the application log what no sender of the application delivers: the text messages
 * until an SMS gateway is connected, the letters until a print queue is, and e-mail until SMTP is
 * configured.
 */
class LoggingSender implements NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

  @Override
  public boolean delivers(NotificationChannel channel) {
    return true;
  }

  @Override
  public void send(Notification notification) {
    log.info("Notification {} of case {} by {} to {} {}{}: {}\n{}", notification.getId(), notification.getCaseId(),
        notification.getChannel(), notification.getRecipientKind(), notification.getRecipient(),
        notification.getAddress() == null ? "" : " <" + logged(notification) + ">",
        notification.getSubject(), notification.getBody());
  }

  /** A log is no place for a petitioner's phone number: it shows masked, as in every list. */
  private static String logged(Notification notification) {
    return notification.getChannel() == NotificationChannel.SMS
        ? PersonalData.maskedPhone(notification.getAddress()) : notification.getAddress();
  }
}
