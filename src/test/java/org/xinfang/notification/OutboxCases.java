package org.xinfang.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.workflow.CaseRegistration;

/** Cases with notifications in the outbox, and a clock that tests move by hand. */
final class OutboxCases {

  private OutboxCases() {}

  /** A registered letter: its registration notice is pending, as a text message and a letter. */
  static PetitionCase registered(CaseRegistration registration) {
    return registration.register(new CaseIntake(Channel.LETTER, null, null, 1, CaseClass.SUGGESTION,
        SubjectCategory.URBAN_CONSTRUCTION, "建议在城南公园增设公共厕所", "城南公园游客多，园内仅有一处公厕，节假日排队严重。",
        null, List.of(new Petitioner("刘红梅", null, "13907461234", "永州市零陵区南津路3号")))).petitionCase();
  }

  static NotificationProperties properties(int maxAttempts, Duration retryDelay) {
    return new NotificationProperties(new NotificationProperties.Poller(false, Duration.ofSeconds(30)), 50,
        maxAttempts, retryDelay, new NotificationProperties.Email(null), false);
  }

  /** A clock that stands still until the test moves it. */
  static final class HandClock extends Clock {

    private Instant now;

    HandClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
