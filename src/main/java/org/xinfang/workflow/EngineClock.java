package org.xinfang.workflow;

import java.time.Instant;
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
}
