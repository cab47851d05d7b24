package org.xinfang.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How many delivery attempts this node made since it started, by the status each left its
 * notification in: sent, pending again for a retry, or failed for good. Counted after the attempt's
 * transaction commits, so a rolled-back attempt is not counted. Each node counts its own; a
 * monitoring system adds the nodes up.
 */
@Component
public class OutboxDeliveries {

  private final Map<NotificationStatus, AtomicLong> attempts = new EnumMap<>(NotificationStatus.class);

  public OutboxDeliveries() {
    for (NotificationStatus outcome : NotificationStatus.values()) {
      attempts.put(outcome, new AtomicLong());
    }
  }

  /** The attempts that left their notification in {@code outcome}. */
  public long attempts(NotificationStatus outcome) {
    return attempts.get(outcome).get();
  }

  void attempted(NotificationStatus outcome) {
    attempts.get(outcome).incrementAndGet();
  }
}
