package org.xinfang.deadline;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, so that the case record and the process agree on "now", also in tests that
 * move the engine's time. The only use of Camunda's internal API in the application.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Runs {@code work} as if it were {@code instant}, then puts the clock back to real time. The
   * clock is global to the JVM, so this is only for replaying history (demo data) at startup,
   * before the job executor runs and before anyone works in the system.
   */
  public static void runAt(Instant instant, Runnable work) {
    ClockUtil.setCurrentTime(Date.from(instant));
    try {
      work.run();
    } finally {
      ClockUtil.reset();
    }
  }
}
