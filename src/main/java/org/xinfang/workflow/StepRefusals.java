package org.xinfang.workflow;

import java.util.Optional;

/**
 * The step input refused during one request through the {@link TaskDoor}. The engine reports a
 * refusing step only as a failed listener; the door reads the refusal itself from here. Nothing is
 * kept outside the door, so steps run from our own code leave nothing behind.
 */
final class StepRefusals {

  private static final ThreadLocal<Optional<InvalidStepInput>> REFUSED = new ThreadLocal<>();

  private StepRefusals() {}

  static void open() {
    REFUSED.set(Optional.empty());
  }

  static void record(InvalidStepInput refusal) {
    if (REFUSED.get() != null) {
      REFUSED.set(Optional.of(refusal));
    }
  }

  static Optional<InvalidStepInput> close() {
    Optional<InvalidStepInput> refusal = REFUSED.get();
    REFUSED.remove();
    return refusal == null ? Optional.empty() : refusal;
  }
}
