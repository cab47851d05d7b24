package org.xinfang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.notification.OutboxCases.HandClock;
import org.xinfang.workflow.CaseRegistration;

/**
 * The outbox: written only with a step, delivered once, retried up to a limit. Several nodes
 * delivering together: {@link OutboxDispatcherIT}.
 */
@SpringBootTest
@ActiveProfiles("test")
class OutboxTest {

  static final Instant NOW = Instant.parse("2026-07-06T02:00:00Z");

  @Autowired CaseRegistration registration;
  @Autowired Notifications notifications;
  @Autowired NotificationRepository outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ObjectProvider<NotificationSender> senders;
  @Autowired OutboxDispatcher configuredDispatcher;

  HandClock clock = new HandClock(NOW);
  OutboxDeliveries deliveries = new OutboxDeliveries();

  @Test
  void noticesAreWrittenOnlyInTheTransactionOfTheirStep() {
    PetitionCase petitionCase = OutboxCases.registered(registration);
    int before = outbox.findByCaseIdOrderByIdAsc(petitionCase.getId()).size();

    assertThatThrownBy(() -> notifications.toPetitioners(petitionCase, TaskRef.NONE,
        PetitionerNotices.registration(petitionCase))).isInstanceOf(IllegalTransactionStateException.class);

    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId())).hasSize(before);
  }

  @Test
  void pendingNotificationsAreDeliveredOnceAndMarkedSent() {
    PetitionCase petitionCase = OutboxCases.registered(registration);
    Recorder sender = new Recorder(petitionCase, 0);
    OutboxDispatcher dispatcher = dispatcher(sender, 5);

    drain(dispatcher);
    drain(dispatcher);

    List<Notification> sent = outbox.findByCaseIdOrderByIdAsc(petitionCase.getId());
    assertThat(sent).extracting(Notification::getChannel)
        .containsExactly(NotificationChannel.SMS, NotificationChannel.LETTER);
    assertThat(sent).allSatisfy(notification -> {
      assertThat(notification.getStatus()).isEqualTo(NotificationStatus.SENT);
      assertThat(notification.getSentAt()).isEqualTo(NOW);
      assertThat(notification.getAttempts()).isOne();
      assertThat(notification.getLastError()).isNull();
    });
    assertThat(sender.delivered).containsExactlyElementsOf(sent.stream().map(Notification::getId).toList());
    // other tests' pending notifications may have been sent in the same rounds
    assertThat(deliveries.attempts(NotificationStatus.SENT)).isGreaterThanOrEqualTo(2);
    assertThat(deliveries.attempts(NotificationStatus.PENDING) + deliveries.attempts(NotificationStatus.FAILED)).isZero();
  }

  @Test
  void failedAttemptsAreRetriedAfterTheDelayUntilTheLimit() {
    PetitionCase petitionCase = OutboxCases.registered(registration);
    OutboxDispatcher dispatcher = dispatcher(new Recorder(petitionCase, Integer.MAX_VALUE), 3);

    drain(dispatcher);

    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId())).allSatisfy(notification -> {
      assertThat(notification.getStatus()).isEqualTo(NotificationStatus.PENDING);
      assertThat(notification.getAttempts()).isOne();
      assertThat(notification.getLastError()).isEqualTo("短信网关无响应");
      assertThat(notification.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    });

    clock.advance(Duration.ofMinutes(9));
    drain(dispatcher);
    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId())).extracting(Notification::getAttempts)
        .containsOnly(1);

    clock.advance(Duration.ofMinutes(1));
    drain(dispatcher);
    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId())).extracting(Notification::getAttempts)
        .containsOnly(2);

    clock.advance(Duration.ofMinutes(10));
    drain(dispatcher);
    clock.advance(Duration.ofDays(1));
    drain(dispatcher);

    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId())).allSatisfy(notification -> {
      assertThat(notification.getStatus()).isEqualTo(NotificationStatus.FAILED);
      assertThat(notification.getAttempts()).isEqualTo(3);
      assertThat(notification.getLastError()).isEqualTo("短信网关无响应");
      assertThat(notification.getNextAttemptAt()).isNull();
      assertThat(notification.getSentAt()).isNull();
    });
    // two notifications, each retried twice, then failed for good; other tests' pending ones were sent
    assertThat(deliveries.attempts(NotificationStatus.PENDING)).isEqualTo(4);
    assertThat(deliveries.attempts(NotificationStatus.FAILED)).isEqualTo(2);
  }

  @Test
  void aNotificationThatFailedOnceIsSentOnItsNextAttempt() {
    PetitionCase petitionCase = OutboxCases.registered(registration);
    OutboxDispatcher dispatcher = dispatcher(new Recorder(petitionCase, 1), 3);

    drain(dispatcher);
    clock.advance(Duration.ofMinutes(10));
    drain(dispatcher);

    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId())).allSatisfy(notification -> {
      assertThat(notification.getStatus()).isEqualTo(NotificationStatus.SENT);
      assertThat(notification.getAttempts()).isEqualTo(2);
      assertThat(notification.getSentAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
      assertThat(notification.getLastError()).isNull();
    });
  }

  @Test
  void withoutSendersEveryChannelGoesToTheLog() {
    PetitionCase petitionCase = OutboxCases.registered(registration);

    drain(configuredDispatcher);

    assertThat(senders).isEmpty();
    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId())).extracting(Notification::getStatus)
        .containsOnly(NotificationStatus.SENT);
  }

  private OutboxDispatcher dispatcher(NotificationSender sender, int maxAttempts) {
    return new OutboxDispatcher(outbox, transactions, List.of(sender),
        OutboxCases.properties(maxAttempts, Duration.ofMinutes(10)), deliveries, clock);
  }

  /** Runs rounds until nothing is due. */
  private static void drain(OutboxDispatcher dispatcher) {
    while (dispatcher.dispatchPending() > 0) {
      // the next round
    }
  }

  /**
   * Delivers the notifications of one case, the first {@code failures} attempts of each failing;
   * notifications of other tests' cases are delivered and not recorded.
   */
  private static final class Recorder implements NotificationSender {

    final List<Long> delivered = new ArrayList<>();
    private final Long caseId;
    private final int failures;
    private final Map<Long, Integer> attempts = new HashMap<>();

    Recorder(PetitionCase petitionCase, int failures) {
      this.caseId = petitionCase.getId();
      this.failures = failures;
    }

    @Override
    public boolean delivers(NotificationChannel channel) {
      return true;
    }

    @Override
    public void send(Notification notification) {
      if (!notification.getCaseId().equals(caseId)) {
        return;
      }
      if (attempts.merge(notification.getId(), 1, Integer::sum) <= failures) {
        throw new IllegalStateException("短信网关无响应");
      }
      delivered.add(notification.getId());
    }
  }
}
