package org.xinfang.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each notification is claimed, handed to its sender and marked in one short
 * transaction of its own, its row locked meanwhile so that no other node takes it. A failed
 * attempt is recorded and retried later, up to a limit. A node that dies between a delivery and
 * its record leaves the row pending, and it is delivered again: a notification is never lost,
 * at worst repeated.
 */
@Component
class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final NotificationSender LOG = new LoggingSender();

  private final NotificationRepository outbox;
  private final TransactionTemplate transactions;
  private final List<NotificationSender> senders;
  private final NotificationProperties properties;
  private final OutboxDeliveries deliveries;
  private final Clock clock;

  /** The senders are the application's {@link NotificationSender} beans, in {@code @Order}. */
  @Autowired
  OutboxDispatcher(NotificationRepository outbox, PlatformTransactionManager transactionManager,
      ObjectProvider<NotificationSender> senders, NotificationProperties properties, OutboxDeliveries deliveries) {
    this(outbox, transactionManager, senders.orderedStream().toList(), properties, deliveries, Clock.systemUTC());
  }

  /** Deliveries happen in real time, not on the engine clock that tests and demo data move. */
  OutboxDispatcher(NotificationRepository outbox, PlatformTransactionManager transactionManager,
      List<NotificationSender> senders, NotificationProperties properties, OutboxDeliveries deliveries, Clock clock) {
    this.outbox = outbox;
    this.transactions = new TransactionTemplate(transactionManager);
    this.senders = List.copyOf(senders);
    this.properties = properties;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /**
   * One round: delivers the notifications that are due, at most a batch.
   *
   * @return how many were attempted
   */
  public int dispatchPending() {
    int attempted = 0;
    while (attempted < properties.batchSize()) {
      NotificationStatus outcome = transactions.execute(status -> deliverNext());
      if (outcome == null) {
        break;
      }
      deliveries.attempted(outcome);
      attempted++;
    }
    return attempted;
  }

  /** The status the attempt left its notification in, or null when none was due. */
  private NotificationStatus deliverNext() {
    Optional<Notification> claimed = outbox.claimNextDue(clock.instant());
    if (claimed.isEmpty()) {
      return null;
    }
    Notification notification = claimed.get();
    try {
      senderFor(notification.getChannel()).send(notification);
      notification.sent(clock.instant());
    } catch (Exception e) {
      String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      notification.failed(error, clock.instant(), properties.maxAttempts(), properties.retryDelay());
      log.warn("Notification {} of case {} by {}: attempt {} of {} failed", notification.getId(),
          notification.getCaseId(), notification.getChannel(), notification.getAttempts(), properties.maxAttempts(), e);
    }
    return notification.getStatus();
  }

  /** The first sender that delivers the channel; the log when none does. */
  private NotificationSender senderFor(NotificationChannel channel) {
    return senders.stream().filter(sender -> sender.delivers(channel)).findFirst().orElse(LOG);
  }
}
