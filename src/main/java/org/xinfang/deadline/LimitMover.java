package org.xinfang.deadline;

import java.time.Instant;

/**
 * Moves the limits of one module when a holiday schedule loaded or corrected later counts them
 * differently. Declared here, below every module that sets limits, and implemented by each of them:
 * the petition's limits, review and re-review, leaders' instructions, supervision notices.
 */
public interface LimitMover {

  /** The owner named on the limits this mover moves ({@link RunningLimits#started}). */
  String owner();

  /**
   * The limit counts to {@code recounted} now: move its timer, reminder, tasks, record and timeline,
   * or reopen it if it fired and is not due after all. Runs in the transaction of the recount.
   *
   * @param reason why it moved, as the timeline says it: the schedule loaded or corrected
   */
  Outcome move(RunningLimit limit, DueDate recounted, String reason);

  /** The timeline's words for a limit counted to another day, with the article that sets it, if one does. */
  static String moved(String label, Instant before, DueDate recounted, String reason, String article) {
    return label + "因" + reason + "重新计算，由" + ChinaTime.DAY.format(before) + "届满改为"
        + ChinaTime.DAY.format(recounted.dueAt()) + "届满" + (article == null ? "" : "（" + article + "）")
        + recounted.provisionalNote();
  }

  /** The timeline's words for a limit that had passed and is not due after all. */
  static String reopened(String label, Instant newDue) {
    return label + "重新计算后于" + ChinaTime.DAY.format(newDue) + "届满，尚未届满，撤销超期标记，期限恢复计算";
  }

  enum Outcome {
    /** The due date moved. */
    MOVED,
    /** The limit had fired, is not due after all and runs again. */
    REOPENED,
    /** What the limit waited for is done: nothing runs to move. */
    ENDED
  }
}
