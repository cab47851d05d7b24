package org.xinfang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.PlatformTransactionManager;
import org.xinfang.workflow.CaseRegistration;

/**
 * Two nodes deliver one outbox at the same time. Each one's first delivery waits until the other
 * is delivering too: both must hold a notification at once, which they can only if the second
 * skips the row the first has locked. Every notification must then be delivered exactly once.
 */
final class TwoDispatchers {

  /** How long a node waits for the other to be delivering: far longer than a claim takes. */
  private static final long PATIENCE_SECONDS = 60;

  private final Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final CyclicBarrier bothDelivering = new CyclicBarrier(2);
  private final CaseRegistration registration;
  private final NotificationRepository outbox;
  private final PlatformTransactionManager transactions;

  TwoDispatchers(CaseRegistration registration, NotificationRepository outbox, PlatformTransactionManager transactions) {
    this.registration = registration;
    this.outbox = outbox;
    this.transactions = transactions;
  }

  /**
   * Registers new cases, runs both nodes until nothing is due, and checks that each notification
   * was delivered once, those of the new cases among them, and these are marked sent.
   */
  void deliverNewCasesExactlyOnce(int cases) throws Exception {
    List<Long> caseIds = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      caseIds.add(OutboxCases.registered(registration).getId());
    }

    deliverEverything();

    assertThat(deliveries.values()).extracting(AtomicInteger::get).containsOnly(1);
    for (Long caseId : caseIds) {
      assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).isNotEmpty().allSatisfy(notification -> {
        assertThat(deliveries).containsKey(notification.getId());
        assertThat(notification.getStatus()).isEqualTo(NotificationStatus.SENT);
      });
    }
  }

  private void deliverEverything() throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> rounds = List.of(nodes.submit(this::node), nodes.submit(this::node));
      for (Future<Integer> delivered : rounds) {
        assertThat(delivered.get(2 * PATIENCE_SECONDS, TimeUnit.SECONDS)).as("notifications one node delivered")
            .isPositive();
      }
    } finally {
      nodes.shutdownNow();
    }
  }

  private int node() {
    OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, transactions, List.of(new MeetingSender()),
        OutboxCases.properties(1, Duration.ofMinutes(10)), new OutboxDeliveries(), Clock.systemUTC());
    int delivered = 0;
    for (int round = dispatcher.dispatchPending(); round > 0; round = dispatcher.dispatchPending()) {
      delivered += round;
    }
    return delivered;
  }

  /** Records each delivery; the first one of its node waits for the other node's first. */
  private final class MeetingSender implements NotificationSender {

    private boolean met;

    @Override
    public boolean delivers(NotificationChannel channel) {
      return true;
    }

    @Override
    public void send(Notification notification) throws Exception {
      deliveries.computeIfAbsent(notification.getId(), id -> new AtomicInteger()).incrementAndGet();
      if (!met) {
        bothDelivering.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        met = true;
      }
    }
  }
}
